<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>User interface language: %1.</source>
        <translation>界面语言：%1。</translation>
    </message>
    <message>
        <source>language</source>
        <extracomment>Value name of --lang in --help</extracomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Render the main window offscreen, save it as a PNG image and exit.</source>
        <translation>在屏幕外渲染主窗口，保存为 PNG 图片后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>Value name of --screenshot in --help</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Window size in pixels, e.g. %1 (the default for --screenshot).</source>
        <translation>窗口大小（像素），例如 %1（--screenshot 的默认值）。</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <extracomment>Value name of --size in --help</extracomment>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>CloseLab shows how TCP connections close on Linux.</source>
        <translation>TCP 挥手实验室（CloseLab）演示 Linux 上的 TCP 连接如何关闭。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos; for --lang (available: %2).</source>
        <translation>--lang 的语言“%1”未知（可用：%2）。</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot 需要一个文件名。</translation>
    </message>
    <message>
        <source>Invalid --size &apos;%1&apos;: expected WIDTHxHEIGHT from %2 to %3.</source>
        <translation>--size 的值“%1”无效：应为 宽x高，范围 %2 到 %3。</translation>
    </message>
</context>
<context>
    <name>EmptyStateView</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>暂无内容。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CloseLab: how TCP connections close</source>
        <translation>TCP 挥手实验室：TCP 连接如何关闭</translation>
    </message>
    <message>
        <source>Sequence Diagram</source>
        <translation>时序图</translation>
    </message>
    <message>
        <source>Every segment of the four-way handshake between the active closer and the passive closer, with time running downward.</source>
        <translation>主动关闭方与被动关闭方之间四次挥手的每一个报文段，时间自上而下。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Kernel parameters (sysctls), socket options and network conditions.</source>
        <translation>内核参数 sysctl、套接字选项和网络条件。</translation>
    </message>
    <message>
        <source>State Graph</source>
        <translation>状态图</translation>
    </message>
    <message>
        <source>The TCP states each endpoint passes through, such as FIN_WAIT2 and TIME_WAIT.</source>
        <translation>每一端经过的 TCP 状态，例如 FIN_WAIT2 和 TIME_WAIT。</translation>
    </message>
    <message>
        <source>Narration and Event Log</source>
        <translation>解说与事件日志</translation>
    </message>
    <message>
        <source>What happens at each step and why, from close() to the last ACK, including half-close.</source>
        <translation>每一步发生了什么、为什么，包括半关闭。</translation>
    </message>
    <message>
        <source>Timeline Charts</source>
        <translation>时间线图表</translation>
    </message>
    <message>
        <source>Sockets per state over time: TIME_WAIT, orphan connections, the SYN queue and the accept queue.</source>
        <translation>各状态套接字数随时间的变化：TIME_WAIT、孤儿连接、半连接队列、全连接队列。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export Screenshot…</source>
        <translation>导出截图(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CloseLab</source>
        <translation>关于 TCP 挥手实验室(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Export Screenshot</source>
        <translation>导出截图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>About CloseLab</source>
        <translation>关于 TCP 挥手实验室</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CloseLab %1&lt;/h3&gt;&lt;p&gt;Shows how TCP connections close on Linux: a deterministic simulation of the kernel&apos;s TCP endpoints, animated.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later. Built with Qt %2 and QCustomPlot (GPLv3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TCP 挥手实验室（CloseLab）%1&lt;/h3&gt;&lt;p&gt;演示 Linux 上的 TCP 连接如何关闭：对内核 TCP 端点的确定性模拟，并以动画呈现。&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later。基于 Qt %2 和 QCustomPlot（GPLv3）构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlaybackToolBar</name>
    <message>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Go to Start</source>
        <translation>跳到开头</translation>
    </message>
    <message>
        <source>Step Back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Step Forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Go to End</source>
        <translation>跳到结尾</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>速度(&amp;S)：</translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>Playback speed as a multiple of real time, e.g. &quot;0.5×&quot;</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>模拟时间</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>%1 s / %2 s</source>
        <extracomment>Playhead position: current and total simulated time in seconds</extracomment>
        <translation>%1 秒 / %2 秒</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>The image could not be encoded as PNG.</source>
        <translation>无法将图像编码为 PNG。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write screenshot %1: %2</source>
        <translation>无法写入截图 %1：%2</translation>
    </message>
    <message>
        <source>No display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it in a desktop session, under xvfb-run, or use --screenshot FILE.png.</source>
        <translation>没有可以打开窗口的显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）。请在桌面会话中运行，或用 xvfb-run 运行，或使用 --screenshot FILE.png。</translation>
    </message>
</context>
</TS>
