<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CodeTexts</name>
    <message>
        <source>No connection: before connect() or listen(), and after the socket is gone.</source>
        <translation>没有连接：connect() 或 listen() 之前，以及套接字被销毁之后。</translation>
    </message>
    <message>
        <source>A server socket waiting for SYNs. A new connection waits in the SYN queue during the handshake, then in the accept queue until accept() takes it.</source>
        <translation>服务端的监听套接字，等待 SYN。新连接握手期间位于半连接队列（SYN 队列），握手完成后进入全连接队列（accept 队列），直到 accept() 取走它。</translation>
    </message>
    <message>
        <source>connect() sent a SYN and waits for the SYN-ACK. An unanswered SYN is retransmitted (1 s, 2 s, 4 s…) up to tcp_syn_retries times; then connect() fails with ETIMEDOUT.</source>
        <translation>connect() 已发出 SYN，正在等待 SYN-ACK。没有回应的 SYN 按 1 秒、2 秒、4 秒……重传，最多 tcp_syn_retries 次；之后 connect() 以 ETIMEDOUT 失败。</translation>
    </message>
    <message>
        <source>The server answered a SYN with a SYN-ACK and waits for the handshake&apos;s last ACK. The request sits in the SYN queue; the SYN-ACK is retransmitted up to tcp_synack_retries times.</source>
        <translation>服务端已用 SYN-ACK 回应 SYN，正在等待握手的最后一个 ACK。请求位于半连接队列中；SYN-ACK 最多重传 tcp_synack_retries 次。</translation>
    </message>
    <message>
        <source>The connection is open: data can flow both ways.</source>
        <translation>连接已建立：数据可以双向传输。</translation>
    </message>
    <message>
        <source>This side closed first (the active closer): its FIN is sent but not yet acknowledged. The FIN is retransmitted at each RTO, at most tcp_orphan_retries times for an orphan (after close()), tcp_retries2 otherwise.</source>
        <translation>本端先关闭（主动关闭方）：FIN 已发出但尚未被确认。每次 RTO 超时都会重传 FIN：孤儿连接（close() 之后）最多 tcp_orphan_retries 次，否则由 tcp_retries2 限制。</translation>
    </message>
    <message>
        <source>Our FIN is acknowledged; we wait for the peer&apos;s FIN (half-closed). An orphan (after close()) waits at most tcp_fin_timeout; after shutdown() it may wait forever.</source>
        <translation>我方 FIN 已被确认，正在等待对方的 FIN（半关闭）。孤儿连接（close() 之后）最多等待 tcp_fin_timeout；shutdown() 之后则可以一直等下去。</translation>
    </message>
    <message>
        <source>Simultaneous close: the peer&apos;s FIN arrived before the ACK of ours. We wait for that ACK and retransmit our FIN meanwhile.</source>
        <translation>同时关闭：在我方 FIN 被确认之前，先收到了对方的 FIN。正在等待那个 ACK，其间会重传我方的 FIN。</translation>
    </message>
    <message>
        <source>The active closer&apos;s last state: it acknowledged the peer&apos;s FIN and waits 60 s (TCP_TIMEWAIT_LEN, fixed in the kernel, not tcp_fin_timeout) so that a lost last ACK can be sent again and old segments die out. tcp_max_tw_buckets caps how many exist.</source>
        <translation>主动关闭方的最后一个状态：已确认对方的 FIN，再等待 60 秒（内核常量 TCP_TIMEWAIT_LEN，与 tcp_fin_timeout 无关），以便在最后一个 ACK 丢失时重发，并让旧报文在网络中消失。tcp_max_tw_buckets 限制其数量。</translation>
    </message>
    <message>
        <source>The peer closed its direction (we are the passive closer) and read() returns 0. The kernel waits for the application to call close(): no timer limits this state.</source>
        <translation>对方已关闭它的发送方向（我方是被动关闭方），read() 返回 0。内核等待应用调用 close()：这个状态没有任何定时器限制。</translation>
    </message>
    <message>
        <source>The passive closer sent its FIN after close() and waits for the last ACK. The FIN is retransmitted at each RTO, at most tcp_orphan_retries times.</source>
        <translation>被动关闭方在 close() 后发出了自己的 FIN，正在等待最后一个 ACK。每次 RTO 超时重传 FIN，最多 tcp_orphan_retries 次。</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务端</translation>
    </message>
    <message>
        <source>abort / snd RST</source>
        <translation>中止 / snd RST</translation>
    </message>
    <message>
        <source>60 s</source>
        <translation>60 秒</translation>
    </message>
    <message>
        <source>FIN_WAIT2 timeout</source>
        <translation>FIN_WAIT2 超时</translation>
    </message>
    <message>
        <source>retries exhausted</source>
        <translation>重传次数耗尽</translation>
    </message>
    <message>
        <source>keepalive unanswered / snd RST</source>
        <translation>保活无应答 / snd RST</translation>
    </message>
    <message>
        <source>TIME_WAIT table full</source>
        <translation>TIME_WAIT 表已满</translation>
    </message>
    <message>
        <source>too many orphans / snd RST</source>
        <translation>孤儿连接过多 / snd RST</translation>
    </message>
    <message>
        <source>host crash</source>
        <translation>主机崩溃</translation>
    </message>
    <message>
        <source>process exit</source>
        <translation>进程退出</translation>
    </message>
    <message>
        <source>accept queue full</source>
        <translation>全连接队列已满</translation>
    </message>
    <message>
        <source>zero-window probe</source>
        <translation>零窗口探测</translation>
    </message>
    <message>
        <source>keepalive</source>
        <translation>保活</translation>
    </message>
    <message>
        <source>delayed ACK</source>
        <translation>延迟 ACK</translation>
    </message>
    <message>
        <source>random loss</source>
        <translation>随机丢包</translation>
    </message>
    <message>
        <source>drop rule</source>
        <translation>丢包规则</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <source>host down</source>
        <translation>主机宕机</translation>
    </message>
    <message>
        <source>SYN queue full</source>
        <translation>半连接队列已满</translation>
    </message>
    <message>
        <source>no socket</source>
        <translation>无对应套接字</translation>
    </message>
    <message>
        <source>TIME_WAIT ended</source>
        <translation>TIME_WAIT 结束</translation>
    </message>
    <message>
        <source>the last ACK arrived</source>
        <translation>最后一个 ACK 已到达</translation>
    </message>
    <message>
        <source>FIN_WAIT2 timed out</source>
        <translation>FIN_WAIT2 超时</translation>
    </message>
    <message>
        <source>retransmissions exhausted</source>
        <translation>重传次数耗尽</translation>
    </message>
    <message>
        <source>reset by the peer</source>
        <translation>被对方重置</translation>
    </message>
    <message>
        <source>aborted with an RST</source>
        <translation>以 RST 中止</translation>
    </message>
    <message>
        <source>no room in the TIME_WAIT table</source>
        <translation>TIME_WAIT 表已满</translation>
    </message>
    <message>
        <source>too many orphans</source>
        <translation>孤儿连接过多</translation>
    </message>
    <message>
        <source>keepalive timed out</source>
        <translation>保活超时</translation>
    </message>
    <message>
        <source>handshake timed out</source>
        <translation>握手超时</translation>
    </message>
    <message>
        <source>SO_LINGER abort</source>
        <translation>SO_LINGER 中止</translation>
    </message>
    <message>
        <source>the host crashed</source>
        <translation>主机已崩溃</translation>
    </message>
    <message>
        <source>closed before it was connected</source>
        <translation>连接建立之前就已关闭</translation>
    </message>
    <message>
        <source>no such connection</source>
        <translation>没有这个连接</translation>
    </message>
    <message>
        <source>close() with unread data</source>
        <translation>close() 时仍有未读数据</translation>
    </message>
    <message>
        <source>data for a closed socket</source>
        <translation>数据发往已关闭的套接字</translation>
    </message>
    <message>
        <source>keepalive timeout</source>
        <translation>保活超时</translation>
    </message>
    <message>
        <source>reset by a firewall</source>
        <translation>被防火墙重置</translation>
    </message>
    <message>
        <source>TIME_WAIT answered an unacceptable segment</source>
        <translation>TIME_WAIT 回应了不可接受的报文</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>管道已断开</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>连接被对方重置</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>地址已被占用</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>无法分配请求的地址</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>资源暂时不可用</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>传输端点尚未连接</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>window probe</source>
        <translation>窗口探测</translation>
    </message>
    <message>
        <source>keepalive probe</source>
        <translation>保活探测</translation>
    </message>
    <message>
        <source>app call</source>
        <translation>应用调用</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>定时器</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>armed</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
</context>
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
    <name>EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CloseLab: how TCP connections close</source>
        <translation>TCP 挥手实验室：TCP 连接如何关闭</translation>
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
        <source>Narration and Event Log</source>
        <translation>解说与事件日志</translation>
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
    <name>Narration</name>
    <message>
        <source>The %1 sends %2.</source>
        <translation>%1发送 %2。</translation>
    </message>
    <message>
        <source>This is transmission #%1, %2 after the previous one.</source>
        <translation>这是第 %1 次发送，距上一次 %2。</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>原因：%1。</translation>
    </message>
    <message>
        <source>The %1 receives %2, %3 after it was sent.</source>
        <translation>%1收到 %2，发出后经过了 %3。</translation>
    </message>
    <message>
        <source>%1 from the %2 is lost: %3.</source>
        <translation>%2发出的 %1 丢失：%3。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The %1 moves from %2 to %3 (%4).</source>
        <translation>%1从 %2 进入 %3（%4）。</translation>
    </message>
    <message>
        <source>The %1 starts its %2 timer: it fires in %3 unless cancelled.</source>
        <translation>%1启动 %2 定时器：如果不被取消，将在 %3 后到期。</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 timer fires.</source>
        <translation>%1的 %2 定时器到期。</translation>
    </message>
    <message>
        <source>The %1 cancels its %2 timer: what it waited for happened in time.</source>
        <translation>%1取消 %2 定时器：它所等待的事情及时发生了。</translation>
    </message>
    <message>
        <source>socket gone: %1</source>
        <translation>套接字销毁：%1</translation>
    </message>
    <message>
        <source>The %1&apos;s socket is gone: %2.</source>
        <translation>%1的套接字已销毁：%2。</translation>
    </message>
    <message>
        <source>listen() turns the socket into a listener. Its accept queue holds at most min(backlog, somaxconn) connections that finished the handshake.</source>
        <translation>listen() 把套接字变为监听套接字。它的全连接队列最多容纳 min(backlog, somaxconn) 个已完成握手的连接。</translation>
    </message>
    <message>
        <source>tcp_tw_reuse lets a new outgoing connection take over a port held by TIME_WAIT, when timestamps are on and the TIME_WAIT socket is older than tcp_tw_reuse_delay (1 s): the timestamps tell old segments from new ones.</source>
        <translation>tcp_tw_reuse 允许新的主动连接接管 TIME_WAIT 占用的端口，前提是开启了时间戳且该 TIME_WAIT 套接字已存在超过 tcp_tw_reuse_delay（1 秒）：时间戳可以区分新旧报文。</translation>
    </message>
    <message>
        <source>connect() takes a free ephemeral port from ip_local_port_range and sends a SYN. A port still held by a TIME_WAIT socket to the same destination is not free.</source>
        <translation>connect() 从 ip_local_port_range 中取一个空闲的临时端口并发送 SYN。仍被通往同一目的地的 TIME_WAIT 套接字占用的端口不算空闲。</translation>
    </message>
    <message>
        <source>The passive closer&apos;s application finally called close(): its FIN goes out and it waits for the last ACK. CLOSE_WAIT lasted exactly as long as the application took: the kernel never ends it by itself.</source>
        <translation>被动关闭方的应用终于调用了 close()：它的 FIN 发出，开始等待最后一个 ACK。CLOSE_WAIT 持续的时间完全取决于应用：内核从不自行结束它。</translation>
    </message>
    <message>
        <source>Nothing was connected yet, so close() simply frees the socket.</source>
        <translation>连接尚未建立，所以 close() 直接释放套接字。</translation>
    </message>
    <message>
        <source>The application called close() or shutdown(SHUT_WR): the kernel queues a FIN after any unsent data, and this side becomes the active closer. After close() the socket is an orphan: no process owns it any more, and only the kernel&apos;s limits end it.</source>
        <translation>应用调用了 close() 或 shutdown(SHUT_WR)：内核在未发送的数据之后排入一个 FIN，本端成为主动关闭方。close() 之后套接字成为孤儿连接：不再属于任何进程，只有内核的限制能结束它。</translation>
    </message>
    <message>
        <source>A SYN arrived for a listening port: the kernel keeps a small request in the SYN queue (tcp_max_syn_backlog) and answers with a SYN-ACK.</source>
        <translation>一个 SYN 到达监听端口：内核在半连接队列（tcp_max_syn_backlog）中保存一个小小的请求，并以 SYN-ACK 回应。</translation>
    </message>
    <message>
        <source>The SYN-ACK completes the client&apos;s side of the three-way handshake: it answers with an ACK and connect() returns.</source>
        <translation>SYN-ACK 完成了客户端这一侧的三次握手：它回复 ACK，connect() 返回。</translation>
    </message>
    <message>
        <source>The handshake&apos;s last ACK arrived: the connection moves from the SYN queue to the accept queue, where accept() will find it.</source>
        <translation>握手的最后一个 ACK 到达：连接从半连接队列移入全连接队列，accept() 将在那里取到它。</translation>
    </message>
    <message>
        <source>The peer acknowledged our FIN: our direction is closed and the connection is half-closed. Now we wait for the peer&apos;s FIN, for as long as the peer&apos;s application takes.</source>
        <translation>对方确认了我方的 FIN：我方的发送方向已关闭，连接处于半关闭状态。现在等待对方的 FIN，要等多久取决于对方的应用。</translation>
    </message>
    <message>
        <source>After the crossing FINs, the ACK of our FIN arrived: like any active closer, we go on to TIME_WAIT.</source>
        <translation>在双方 FIN 交叉之后，我方 FIN 的 ACK 到达：与所有主动关闭方一样，进入 TIME_WAIT。</translation>
    </message>
    <message>
        <source>The last ACK of the four-way close arrived: the passive closer&apos;s socket is destroyed at once. Only the active closer keeps TIME_WAIT.</source>
        <translation>四次挥手的最后一个 ACK 到达：被动关闭方的套接字立即销毁。只有主动关闭方会保留 TIME_WAIT。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived: we acknowledge it and enter TIME_WAIT for 60 s, in case that ACK is lost and the FIN comes again.</source>
        <translation>对方的 FIN 到达：我方确认它并进入 TIME_WAIT 60 秒，以防这个 ACK 丢失、FIN 再次到来。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived before the ACK of ours: both sides closed at the same time (simultaneous close), so we go to CLOSING instead of FIN_WAIT2.</source>
        <translation>对方的 FIN 先于我方 FIN 的 ACK 到达：双方同时关闭，因此进入 CLOSING 而不是 FIN_WAIT2。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived: the kernel acknowledges it by itself and read() will return 0. This side is now the passive closer and stays in CLOSE_WAIT until its application calls close().</source>
        <translation>对方的 FIN 到达：内核自行确认它，read() 将返回 0。本端现在是被动关闭方，停留在 CLOSE_WAIT，直到应用调用 close()。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN (with the ACK of ours) arrived, but tcp_max_tw_buckets TIME_WAIT sockets already exist: this one is destroyed instead of entering TIME_WAIT (TCPTimeWaitOverflow), silently, without an RST.</source>
        <translation>对方的 FIN（连同对我方 FIN 的 ACK）到达，但 TIME_WAIT 套接字已达 tcp_max_tw_buckets 个：这个连接不进入 TIME_WAIT，而是被直接销毁（TCPTimeWaitOverflow），悄无声息，不发 RST。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN also acknowledged ours (its ACK was piggybacked: the &quot;three-way&quot; close). We skip FIN_WAIT2 and go straight to TIME_WAIT.</source>
        <translation>对方的 FIN 同时确认了我方的 FIN（ACK 被捎带：“三次挥手”）。跳过 FIN_WAIT2，直接进入 TIME_WAIT。</translation>
    </message>
    <message>
        <source>An RST ended TIME_WAIT early (TIME_WAIT assassination, RFC 1337). With tcp_rfc1337 = 1 the kernel ignores such RSTs.</source>
        <translation>一个 RST 提前结束了 TIME_WAIT（TIME_WAIT 暗杀，RFC 1337）。设置 tcp_rfc1337 = 1 时内核会忽略这类 RST。</translation>
    </message>
    <message>
        <source>An RST arrived: the connection is destroyed at once, without the four-way close. Unread data is thrown away; the application&apos;s next read() fails with ECONNRESET, a write() with EPIPE.</source>
        <translation>收到 RST：连接立即销毁，不经过四次挥手。未读数据被丢弃；应用下一次 read() 以 ECONNRESET 失败，write() 以 EPIPE 失败。</translation>
    </message>
    <message>
        <source>This side aborted the connection with an RST instead of a FIN (the RST&apos;s reason is in its own event). An abort skips FIN_WAIT and TIME_WAIT entirely.</source>
        <translation>本端用 RST 而不是 FIN 中止了连接（原因见 RST 自己的事件）。中止会完全跳过 FIN_WAIT 和 TIME_WAIT。</translation>
    </message>
    <message>
        <source>TIME_WAIT lasted TCP_TIMEWAIT_LEN = 60 s, a constant compiled into the kernel (2 MSL with MSL = 30 s). Some articles say tcp_fin_timeout sets it: it does not, tcp_fin_timeout only bounds an orphan&apos;s FIN_WAIT2. A real kernel&apos;s timer wheel adds up to about a second (61 s observed).</source>
        <translation>TIME_WAIT 持续了 TCP_TIMEWAIT_LEN = 60 秒，这是编译进内核的常量（2 MSL，MSL = 30 秒）。有些文章说它由 tcp_fin_timeout 决定：并非如此，tcp_fin_timeout 只限制孤儿连接的 FIN_WAIT2。真实内核的定时器轮会多出约 1 秒（实测 61 秒）。</translation>
    </message>
    <message>
        <source>The socket is an orphan (closed with close()) and the peer never sent its FIN: after tcp_fin_timeout (or the socket&apos;s TCP_LINGER2) the kernel destroys it silently; a late FIN from the peer will get an RST. tcp_fin_timeout bounds only this orphaned FIN_WAIT2: not TIME_WAIT, and not a socket half-closed with shutdown(), which may stay in FIN_WAIT2 forever.</source>
        <translation>这是一个孤儿连接（用 close() 关闭），而对方始终没有发来 FIN：经过 tcp_fin_timeout（或该套接字的 TCP_LINGER2）后，内核悄悄销毁它；对方迟到的 FIN 会收到 RST。tcp_fin_timeout 只限制孤儿连接的 FIN_WAIT2：既不管 TIME_WAIT，也不管用 shutdown() 半关闭的套接字，后者可以永远停留在 FIN_WAIT2。</translation>
    </message>
    <message>
        <source>No SYN-ACK came back after tcp_syn_retries retransmissions of the SYN (1 s, 2 s, 4 s… apart): connect() fails with ETIMEDOUT.</source>
        <translation>SYN 重传 tcp_syn_retries 次（间隔 1 秒、2 秒、4 秒……）后仍没有 SYN-ACK：connect() 以 ETIMEDOUT 失败。</translation>
    </message>
    <message>
        <source>No ACK came back after tcp_synack_retries retransmissions of the SYN-ACK: the request is dropped from the SYN queue, silently.</source>
        <translation>SYN-ACK 重传 tcp_synack_retries 次后仍没有 ACK：请求被悄悄移出半连接队列。</translation>
    </message>
    <message>
        <source>No ACK came back for the FIN after every retransmission. The socket is an orphan, so tcp_orphan_retries, not tcp_retries2, limits the FIN retransmissions (tcp_timer.c: tcp_write_timeout() asks tcp_orphan_retries() only for a socket no process owns, SOCK_DEAD); 0 means 8, not 0. Contrary to some articles, it does not apply to a socket still owned by a process. The socket is destroyed silently, without an RST.</source>
        <translation>FIN 的每次重传都没有换来 ACK。这个套接字是孤儿连接，所以限制 FIN 重传次数的是 tcp_orphan_retries，而不是 tcp_retries2（tcp_timer.c：tcp_write_timeout() 只对不属于任何进程的套接字，即 SOCK_DEAD，调用 tcp_orphan_retries()）；0 表示 8 次，而不是 0 次。与一些文章的说法相反，它对仍属于进程的套接字不起作用。套接字被悄悄销毁，不发 RST。</translation>
    </message>
    <message>
        <source>No ACK came back after the retransmissions tcp_retries2 allows (a time budget, about 15 minutes with the default 15): the connection is destroyed and the application gets ETIMEDOUT. The socket is not an orphan, so tcp_orphan_retries does not apply.</source>
        <translation>在 tcp_retries2 允许的重传之后仍没有 ACK（这是一个时间预算，默认值 15 约合 15 分钟）：连接被销毁，应用得到 ETIMEDOUT。这个套接字不是孤儿连接，所以 tcp_orphan_retries 不适用。</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE: after tcp_keepalive_time of silence the kernel sent tcp_keepalive_probes probes, tcp_keepalive_intvl apart, and none was answered: it resets the connection and the application gets ETIMEDOUT.</source>
        <translation>SO_KEEPALIVE：静默 tcp_keepalive_time 之后，内核每隔 tcp_keepalive_intvl 发送一次探测，共 tcp_keepalive_probes 次，都没有应答：它重置连接，应用得到 ETIMEDOUT。</translation>
    </message>
    <message>
        <source>tcp_max_tw_buckets TIME_WAIT sockets already exist: instead of entering TIME_WAIT this socket is destroyed at once (TCPTimeWaitOverflow), silently, without an RST. The newest connection loses its TIME_WAIT; the older ones keep theirs.</source>
        <translation>TIME_WAIT 套接字已达 tcp_max_tw_buckets 个：这个套接字不进入 TIME_WAIT，而是立即被销毁（TCPTimeWaitOverflow），悄无声息，不发 RST。失去 TIME_WAIT 的是最新的连接，旧的连接保留各自的 TIME_WAIT。</translation>
    </message>
    <message>
        <source>More than tcp_max_orphans orphaned sockets exist: the kernel resets this one instead of closing it gracefully (TCPAbortOnMemory).</source>
        <translation>孤儿连接超过 tcp_max_orphans 个：内核直接重置这一个，而不是优雅地关闭它（TCPAbortOnMemory）。</translation>
    </message>
    <message>
        <source>The host crashed: its sockets vanish without sending anything. The peer notices only when its own segments go unanswered, or, after a reboot, when an RST comes back.</source>
        <translation>主机崩溃：它的套接字消失，什么也没有发出。对方只有在自己的报文得不到回应时，或者在主机重启后收到 RST 时，才会察觉。</translation>
    </message>
    <message>
        <source>The process exited: the kernel closes every socket it held, exactly as close() would, so they become orphans.</source>
        <translation>进程退出：内核像 close() 一样关闭它持有的每个套接字，于是它们都成为孤儿连接。</translation>
    </message>
    <message>
        <source>The accept queue (min(backlog, somaxconn)) stayed full. With tcp_abort_on_overflow = 0 the handshake&apos;s last ACK is ignored and the SYN-ACK retransmitted until the request is dropped, while the client believes it is connected; with 1 the server answers with an RST at once.</source>
        <translation>全连接队列（min(backlog, somaxconn)）一直是满的。tcp_abort_on_overflow = 0 时，握手的最后一个 ACK 被忽略，SYN-ACK 不断重传直到请求被丢弃，而客户端却以为连接已建立；设为 1 时服务端立即回复 RST。</translation>
    </message>
    <message>
        <source>The retransmission timer (RTO) guards what is not yet acknowledged. It starts at about 200 ms plus the measured RTT and doubles after each expiry (exponential backoff, at most 120 s). This socket is an orphan, so tcp_orphan_retries (0 means 8) limits how often it fires.</source>
        <translation>重传定时器（RTO）守护尚未被确认的内容。它从约 200 毫秒加上测得的 RTT 开始，每次到期后翻倍（指数退避，最多 120 秒）。这个套接字是孤儿连接，所以由 tcp_orphan_retries（0 表示 8）限制它到期的次数。</translation>
    </message>
    <message>
        <source>The retransmission timer (RTO) guards what is not yet acknowledged. It starts at about 200 ms plus the measured RTT and doubles after each expiry (exponential backoff, at most 120 s); tcp_retries2 limits how often it fires.</source>
        <translation>重传定时器（RTO）守护尚未被确认的内容。它从约 200 毫秒加上测得的 RTT 开始，每次到期后翻倍（指数退避，最多 120 秒）；tcp_retries2 限制它到期的次数。</translation>
    </message>
    <message>
        <source>Tail loss probe: shortly after the last segment, Linux resends it once to provoke an ACK before the full RTO expires.</source>
        <translation>尾部丢失探测（TLP）：在最后一个报文发出后不久，Linux 会把它重发一次，以便在完整的 RTO 到期之前引出一个 ACK。</translation>
    </message>
    <message>
        <source>The peer advertised a zero window: the persist timer sends probes to learn when it opens. A FIN queued behind unsent data cannot leave meanwhile, so the socket can sit in FIN_WAIT1 for a long time.</source>
        <translation>对方通告了零窗口：持续定时器发送探测，以得知窗口何时打开。排在未发送数据之后的 FIN 在此期间无法发出，所以套接字可能长时间停留在 FIN_WAIT1。</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE: after tcp_keepalive_time of silence the kernel probes the peer every tcp_keepalive_intvl and gives up after tcp_keepalive_probes unanswered probes.</source>
        <translation>SO_KEEPALIVE：静默 tcp_keepalive_time 之后，内核每隔 tcp_keepalive_intvl 探测一次对方，连续 tcp_keepalive_probes 次无应答后放弃。</translation>
    </message>
    <message>
        <source>TIME_WAIT lasts TCP_TIMEWAIT_LEN = 60 s, fixed in the kernel: tcp_fin_timeout does not change it. A retransmitted FIN arriving meanwhile is acknowledged again and restarts the timer.</source>
        <translation>TIME_WAIT 持续 TCP_TIMEWAIT_LEN = 60 秒，这是内核中的固定值：tcp_fin_timeout 改变不了它。其间到达的重传 FIN 会被再次确认，并重新启动这个定时器。</translation>
    </message>
    <message>
        <source>An orphaned socket in FIN_WAIT2 waits at most tcp_fin_timeout (or TCP_LINGER2) for the peer&apos;s FIN; ss shows this timer as &quot;timewait&quot;. Only orphans have it: after shutdown(), FIN_WAIT2 has no timer at all.</source>
        <translation>处于 FIN_WAIT2 的孤儿连接最多等待 tcp_fin_timeout（或 TCP_LINGER2）来等对方的 FIN；ss 把这个定时器显示为“timewait”。只有孤儿连接才有它：shutdown() 之后的 FIN_WAIT2 没有任何定时器。</translation>
    </message>
    <message>
        <source>The SYN-ACK is retransmitted 1 s, 2 s, 4 s… apart, at most tcp_synack_retries times, while the request waits in the SYN queue.</source>
        <translation>请求在半连接队列中等待期间，SYN-ACK 按 1 秒、2 秒、4 秒……的间隔重传，最多 tcp_synack_retries 次。</translation>
    </message>
    <message>
        <source>Linux delays a pure ACK (40 ms at first) hoping to send it together with data or a FIN.</source>
        <translation>Linux 会推迟纯 ACK（起初 40 毫秒），希望把它和数据或 FIN 一起发出。</translation>
    </message>
    <message>
        <source>SO_LINGER with a timeout: close() blocks until the data and the FIN are acknowledged or the linger time runs out.</source>
        <translation>带超时的 SO_LINGER：close() 会阻塞，直到数据和 FIN 被确认或逗留时间用完。</translation>
    </message>
    <message>
        <source>The network lost it at random (the loss rate of this direction). The sender only notices when its retransmission timer expires.</source>
        <translation>网络随机丢弃了它（按这个方向的丢包率）。发送方只有在重传定时器到期时才会察觉。</translation>
    </message>
    <message>
        <source>A scripted drop rule removed it, like the nftables rules used to observe a real kernel. The sender only notices when its retransmission timer expires.</source>
        <translation>一条预设的丢包规则丢弃了它，就像观察真实内核时所用的 nftables 规则。发送方只有在重传定时器到期时才会察觉。</translation>
    </message>
    <message>
        <source>A stateful firewall forgot this idle connection and discards its segments. Keepalive probes more frequent than the firewall&apos;s idle timeout prevent this.</source>
        <translation>有状态防火墙忘记了这个空闲连接，丢弃它的报文。比防火墙空闲超时更频繁的保活探测可以避免这种情况。</translation>
    </message>
    <message>
        <source>The receiving host is down: nothing receives or answers the segment.</source>
        <translation>接收方主机已宕机：没有谁接收或回应这个报文。</translation>
    </message>
    <message>
        <source>The listener&apos;s accept queue is full and tcp_abort_on_overflow = 0: the kernel ignores the handshake&apos;s ACK (ListenOverflows) and will retransmit its SYN-ACK.</source>
        <translation>监听套接字的全连接队列已满且 tcp_abort_on_overflow = 0：内核忽略握手的 ACK（ListenOverflows），之后会重传它的 SYN-ACK。</translation>
    </message>
    <message>
        <source>The SYN queue is full and no SYN cookie was sent (tcp_max_syn_backlog, tcp_syncookies): the SYN is dropped and the client will retransmit it.</source>
        <translation>半连接队列已满且没有发送 SYN cookie（tcp_max_syn_backlog、tcp_syncookies）：SYN 被丢弃，客户端会重传它。</translation>
    </message>
    <message>
        <source>No socket matches it, and no RST is sent in reply (an RST is never answered).</source>
        <translation>没有套接字与它匹配，也不回复 RST（RST 永远不会被回应）。</translation>
    </message>
    <message>
        <source>The segment matches no socket (no listener on the port, or the connection is already gone): the kernel answers with an RST.</source>
        <translation>这个报文不匹配任何套接字（端口上没有监听，或连接已不存在）：内核回复 RST。</translation>
    </message>
    <message>
        <source>close() was called while received data was still unread: the kernel discards it and sends an RST instead of a FIN (RFC 2525, TCPAbortOnClose). No TIME_WAIT follows.</source>
        <translation>调用 close() 时还有已接收但未读取的数据：内核丢弃这些数据，发送 RST 而不是 FIN（RFC 2525，TCPAbortOnClose）。之后没有 TIME_WAIT。</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0}: close() aborts the connection with an RST instead of a FIN; unsent data is thrown away and there is no TIME_WAIT.</source>
        <translation>SO_LINGER {1, 0}：close() 用 RST 而不是 FIN 中止连接；未发送的数据被丢弃，也没有 TIME_WAIT。</translation>
    </message>
    <message>
        <source>Data arrived for a socket whose application has already called close(): nobody can ever read it, so the kernel answers with an RST (TCPAbortOnData) and destroys the socket.</source>
        <translation>数据到达了一个应用已调用 close() 的套接字：再也没有人能读取它，所以内核回复 RST（TCPAbortOnData）并销毁套接字。</translation>
    </message>
    <message>
        <source>No keepalive probe was answered: the kernel gives the connection up and tells the peer with an RST.</source>
        <translation>保活探测都没有得到应答：内核放弃这个连接，并用 RST 通知对方。</translation>
    </message>
    <message>
        <source>The accept queue is full and tcp_abort_on_overflow = 1: the server refuses the connection with an RST instead of ignoring the ACK.</source>
        <translation>全连接队列已满且 tcp_abort_on_overflow = 1：服务端用 RST 拒绝连接，而不是忽略 ACK。</translation>
    </message>
    <message>
        <source>There are more orphans than tcp_max_orphans: the kernel resets this orphan to free memory (TCPAbortOnMemory).</source>
        <translation>孤儿连接超过 tcp_max_orphans 个：内核重置这个孤儿连接以释放内存（TCPAbortOnMemory）。</translation>
    </message>
    <message>
        <source>A firewall that forgot the connection answered in the peer&apos;s name with an RST.</source>
        <translation>忘记了这个连接的防火墙以对方的名义回复了 RST。</translation>
    </message>
    <message>
        <source>A TIME_WAIT socket received a segment it cannot accept and answered with an RST.</source>
        <translation>TIME_WAIT 套接字收到一个无法接受的报文，回复了 RST。</translation>
    </message>
    <message>
        <source>TIME_WAIT is over: the socket disappears from ss and its port can be used again.</source>
        <translation>TIME_WAIT 结束：套接字从 ss 中消失，它的端口可以再次使用。</translation>
    </message>
    <message>
        <source>The passive closer is done as soon as its FIN is acknowledged: no TIME_WAIT on this side.</source>
        <translation>被动关闭方的 FIN 一被确认就结束了：这一侧没有 TIME_WAIT。</translation>
    </message>
    <message>
        <source>The orphan waited tcp_fin_timeout in FIN_WAIT2 and was destroyed without TIME_WAIT and without an RST.</source>
        <translation>孤儿连接在 FIN_WAIT2 中等待了 tcp_fin_timeout，随后被销毁，没有 TIME_WAIT，也没有 RST。</translation>
    </message>
    <message>
        <source>The retransmission limit was reached: the socket is destroyed. For an orphan this happens silently, without an RST.</source>
        <translation>达到重传上限：套接字被销毁。对孤儿连接来说这是悄悄发生的，不发 RST。</translation>
    </message>
    <message>
        <source>An RST from the peer destroyed the socket at once.</source>
        <translation>对方的 RST 立即销毁了套接字。</translation>
    </message>
    <message>
        <source>The socket sent an RST and was destroyed at once: no FIN, no TIME_WAIT.</source>
        <translation>套接字发出 RST 后立即被销毁：没有 FIN，也没有 TIME_WAIT。</translation>
    </message>
    <message>
        <source>The TIME_WAIT table was full (tcp_max_tw_buckets): the socket was destroyed instead of waiting 60 s.</source>
        <translation>TIME_WAIT 表已满（tcp_max_tw_buckets）：套接字被直接销毁，而不是等待 60 秒。</translation>
    </message>
    <message>
        <source>Too many orphans (tcp_max_orphans): the kernel reset this one.</source>
        <translation>孤儿连接过多（tcp_max_orphans）：内核重置了这一个。</translation>
    </message>
    <message>
        <source>Keepalive probes went unanswered: the kernel gave the connection up.</source>
        <translation>保活探测无人应答：内核放弃了这个连接。</translation>
    </message>
    <message>
        <source>The handshake never completed within the SYN or SYN-ACK retransmissions.</source>
        <translation>在 SYN 或 SYN-ACK 的重传次数内，握手始终没有完成。</translation>
    </message>
    <message>
        <source>SO_LINGER made close() abort the connection with an RST.</source>
        <translation>SO_LINGER 让 close() 用 RST 中止了连接。</translation>
    </message>
    <message>
        <source>The host crashed and took its sockets with it, without a word to the peer.</source>
        <translation>主机崩溃，连带它的套接字一起消失，没有告诉对方任何消息。</translation>
    </message>
    <message>
        <source>The socket was closed before any connection existed.</source>
        <translation>套接字在任何连接建立之前就被关闭了。</translation>
    </message>
    <message>
        <source>EPIPE: writing to a connection that is closed or was reset (the process also gets SIGPIPE unless it ignores it).</source>
        <translation>EPIPE：向已关闭或已被重置的连接写数据（进程还会收到 SIGPIPE，除非忽略了它）。</translation>
    </message>
    <message>
        <source>ECONNRESET: the peer reset the connection: an RST arrived.</source>
        <translation>ECONNRESET：对方重置了连接，收到了 RST。</translation>
    </message>
    <message>
        <source>ECONNREFUSED: the SYN was answered with an RST: nothing listens on that port.</source>
        <translation>ECONNREFUSED：SYN 得到的回应是 RST，该端口上没有监听。</translation>
    </message>
    <message>
        <source>ETIMEDOUT: retransmissions or keepalive probes went unanswered until the kernel&apos;s limit.</source>
        <translation>ETIMEDOUT：重传或保活探测直到内核的上限都没有得到回应。</translation>
    </message>
    <message>
        <source>EADDRINUSE: the local address and port are taken, for example by TIME_WAIT sockets, unless SO_REUSEADDR is set.</source>
        <translation>EADDRINUSE：本地地址和端口已被占用，例如被 TIME_WAIT 套接字占用，除非设置了 SO_REUSEADDR。</translation>
    </message>
    <message>
        <source>EADDRNOTAVAIL: no free ephemeral port in ip_local_port_range for this destination; TIME_WAIT sockets hold them (tcp_tw_reuse can reuse one after 1 s when timestamps are on).</source>
        <translation>EADDRNOTAVAIL：对这个目的地而言，ip_local_port_range 中已没有空闲的临时端口，它们被 TIME_WAIT 套接字占着（开启时间戳时，tcp_tw_reuse 可以在 1 秒后复用其中一个）。</translation>
    </message>
    <message>
        <source>EMFILE: the process reached its file descriptor limit (ulimit -n), often because CLOSE_WAIT sockets were never closed.</source>
        <translation>EMFILE：进程达到了文件描述符上限（ulimit -n），常常是因为 CLOSE_WAIT 套接字一直没有被关闭。</translation>
    </message>
    <message>
        <source>EAGAIN: nothing can be done right now on a non-blocking socket; try again later.</source>
        <translation>EAGAIN：非阻塞套接字此刻无事可做，请稍后再试。</translation>
    </message>
    <message>
        <source>ENOTCONN: the socket is not connected.</source>
        <translation>ENOTCONN：套接字尚未连接。</translation>
    </message>
    <message>
        <source>The application calls listen(): the socket starts accepting connections.</source>
        <translation>应用调用 listen()：套接字开始接受连接。</translation>
    </message>
    <message>
        <source>The application calls connect(): the kernel starts the three-way handshake.</source>
        <translation>应用调用 connect()：内核开始三次握手。</translation>
    </message>
    <message>
        <source>The application calls accept(): it takes a finished connection from the accept queue.</source>
        <translation>应用调用 accept()：从全连接队列中取出一个已完成握手的连接。</translation>
    </message>
    <message numerus="yes">
        <source>The application writes %n byte(s).</source>
        <translation>
            <numerusform>应用写入 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>read() returns 0: end of stream, the peer sent its FIN. The application should now call close(); if it forgets, the socket stays in CLOSE_WAIT forever.</source>
        <translation>read() 返回 0：数据流结束，对方发来了 FIN。应用此时应当调用 close()；如果忘了，套接字将永远停留在 CLOSE_WAIT。</translation>
    </message>
    <message numerus="yes">
        <source>The application reads %n byte(s).</source>
        <translation>
            <numerusform>应用读取 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>The application calls close(): the descriptor is released and the socket becomes an orphan, owned only by the kernel.</source>
        <translation>应用调用 close()：文件描述符被释放，套接字成为孤儿连接，只归内核所有。</translation>
    </message>
    <message>
        <source>The application calls shutdown(SHUT_WR): a FIN is sent, but the process still owns the socket and can go on reading (half-close). It is not an orphan, so neither tcp_fin_timeout nor tcp_orphan_retries applies to it.</source>
        <translation>应用调用 shutdown(SHUT_WR)：发出 FIN，但进程仍然拥有这个套接字，还可以继续读取（半关闭）。它不是孤儿连接，所以 tcp_fin_timeout 和 tcp_orphan_retries 都不适用于它。</translation>
    </message>
    <message>
        <source>The application calls shutdown(SHUT_RD): its later reads return 0; nothing is sent to the peer.</source>
        <translation>应用调用 shutdown(SHUT_RD)：之后的读取返回 0；不向对方发送任何东西。</translation>
    </message>
    <message>
        <source>The application calls shutdown(SHUT_RDWR): a FIN is sent; the descriptor stays open, so the socket is not an orphan.</source>
        <translation>应用调用 shutdown(SHUT_RDWR)：发出 FIN；文件描述符仍然打开，所以套接字不是孤儿连接。</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0}: close() will abort the connection with an RST instead of a FIN.</source>
        <translation>SO_LINGER {1, 0}：close() 将用 RST 而不是 FIN 中止连接。</translation>
    </message>
    <message>
        <source>SO_LINGER with a timeout: close() will wait until the data is acknowledged or the time runs out.</source>
        <translation>带超时的 SO_LINGER：close() 将一直等到数据被确认或时间用完。</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE is switched on: after tcp_keepalive_time of silence the kernel will probe the peer.</source>
        <translation>SO_KEEPALIVE 已开启：静默 tcp_keepalive_time 之后，内核将探测对方。</translation>
    </message>
    <message>
        <source>SO_REUSEADDR: bind() may use a local port that TIME_WAIT sockets still hold.</source>
        <translation>SO_REUSEADDR：bind() 可以使用仍被 TIME_WAIT 套接字占用的本地端口。</translation>
    </message>
    <message>
        <source>TCP_LINGER2 overrides tcp_fin_timeout for this socket&apos;s orphaned FIN_WAIT2.</source>
        <translation>TCP_LINGER2 为这个套接字的孤儿 FIN_WAIT2 覆盖 tcp_fin_timeout。</translation>
    </message>
    <message>
        <source>The application binds the socket to a local address and port.</source>
        <translation>应用把套接字绑定到本地地址和端口。</translation>
    </message>
    <message>
        <source>The process exits: the kernel closes every socket it held.</source>
        <translation>进程退出：内核关闭它持有的每一个套接字。</translation>
    </message>
    <message>
        <source>The host crashes: from now on it neither sends nor answers anything.</source>
        <translation>主机崩溃：从此它既不发送也不回应任何东西。</translation>
    </message>
    <message>
        <source>The host reboots: it remembers none of its old connections and answers their segments with RST.</source>
        <translation>主机重启：它不记得任何旧连接，对这些连接的报文一律回复 RST。</translation>
    </message>
    <message>
        <source>An RST aborts the connection at once. It is never acknowledged and never retransmitted.</source>
        <translation>RST 立即中止连接。它从不被确认，也从不重传。</translation>
    </message>
    <message>
        <source>The SYN-ACK acknowledges the client&apos;s SYN and carries the server&apos;s own SYN: the second step of the three-way handshake.</source>
        <translation>SYN-ACK 确认客户端的 SYN，同时携带服务端自己的 SYN：三次握手的第二步。</translation>
    </message>
    <message>
        <source>A SYN asks to open a connection. It takes one sequence number, so it must be acknowledged.</source>
        <translation>SYN 请求建立连接。它占用一个序号，因此必须被确认。</translation>
    </message>
    <message>
        <source>A FIN says: I will send no more data. It takes one sequence number (seq + 1 is acknowledged) and is retransmitted until acknowledged. Closing takes four segments because each direction is closed on its own.</source>
        <translation>FIN 表示：我不会再发送数据了。它占用一个序号（确认号为 seq + 1），在被确认之前会一直重传。关闭需要四次挥手，因为两个方向要各自关闭。</translation>
    </message>
    <message>
        <source>Data. The receiver&apos;s kernel acknowledges it; the sender keeps it until then, for retransmission.</source>
        <translation>数据。接收方内核会确认它；在此之前发送方保留它，以备重传。</translation>
    </message>
    <message>
        <source>A pure ACK: the receiver&apos;s kernel acknowledges what arrived, without the application&apos;s help. An ACK takes no sequence number and is never retransmitted by itself.</source>
        <translation>纯 ACK：接收方内核自行确认已到达的数据，无需应用参与。ACK 不占用序号，自身也从不重传。</translation>
    </message>
    <message>
        <source>No ACK for the FIN within the RTO: it is sent again and the RTO doubles. The socket is an orphan, so tcp_orphan_retries limits these retransmissions (0 means 8).</source>
        <translation>RTO 内没有收到 FIN 的 ACK：FIN 被重传，RTO 翻倍。这个套接字是孤儿连接，所以由 tcp_orphan_retries 限制这些重传（0 表示 8 次）。</translation>
    </message>
    <message>
        <source>No ACK for the FIN within the RTO: it is sent again and the RTO doubles. The socket is still owned by its process, so tcp_retries2 limits these retransmissions, not tcp_orphan_retries.</source>
        <translation>RTO 内没有收到 FIN 的 ACK：FIN 被重传，RTO 翻倍。这个套接字仍属于它的进程，所以限制这些重传的是 tcp_retries2，而不是 tcp_orphan_retries。</translation>
    </message>
    <message>
        <source>No SYN-ACK within the timeout: the SYN is sent again, the wait doubling each time, at most tcp_syn_retries times.</source>
        <translation>超时内没有收到 SYN-ACK：SYN 被重传，等待时间每次翻倍，最多 tcp_syn_retries 次。</translation>
    </message>
    <message>
        <source>No ACK for the SYN-ACK: it is sent again, at most tcp_synack_retries times.</source>
        <translation>SYN-ACK 没有得到 ACK：它被重传，最多 tcp_synack_retries 次。</translation>
    </message>
    <message>
        <source>No ACK for the data within the RTO: it is sent again and the RTO doubles, at most tcp_retries2 times.</source>
        <translation>RTO 内没有收到数据的 ACK：数据被重传，RTO 翻倍，最多 tcp_retries2 次。</translation>
    </message>
    <message>
        <source>A zero-window probe asks whether the peer&apos;s receive window has opened.</source>
        <translation>零窗口探测询问对方的接收窗口是否已经打开。</translation>
    </message>
    <message>
        <source>A keepalive probe: an old sequence number that forces the peer to answer with an ACK if it is still there.</source>
        <translation>保活探测：使用一个旧序号，迫使仍然在线的对方回复 ACK。</translation>
    </message>
</context>
<context>
    <name>NarrationPanel</name>
    <message>
        <source>Press Play or step with → to follow the connection event by event.</source>
        <translation>按“播放”，或用 → 单步前进，逐个事件地跟随这条连接。</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>发生了什么：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>为什么：</translation>
    </message>
    <message>
        <source>Governed by:</source>
        <translation>相关参数：</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>正在发生什么</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
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
    <name>SequenceDiagramView</name>
    <message>
        <source>segment</source>
        <translation>报文</translation>
    </message>
    <message>
        <source>from</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>sent at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>arrives at</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>lost at</source>
        <translation>丢失时间</translation>
    </message>
    <message>
        <source>transmission</source>
        <translation>发送次数</translation>
    </message>
    <message>
        <source>retransmission of</source>
        <translation>重传内容</translation>
    </message>
    <message>
        <source>RST reason</source>
        <translation>RST 原因</translation>
    </message>
    <message>
        <source>Show the Whole Run</source>
        <translation>显示整个过程</translation>
    </message>
    <message>
        <source>Also draw, faded, what has not happened yet</source>
        <translation>以淡色同时画出尚未发生的部分</translation>
    </message>
    <message>
        <source>Proportional Time</source>
        <translation>按比例显示时间</translation>
    </message>
    <message>
        <source>Draw time to scale instead of compressing idle stretches</source>
        <translation>按真实比例绘制时间，而不压缩空闲时段</translation>
    </message>
    <message>
        <source>… %1 later …</source>
        <translation>…… %1 之后 ……</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>StateGraphView</name>
    <message>
        <source>C</source>
        <extracomment>One-letter token on the state graph: C = client, S = server.</extracomment>
        <translation>客</translation>
    </message>
    <message>
        <source>S</source>
        <translation>服</translation>
    </message>
    <message>
        <source>The socket is gone. Ways out of %1:</source>
        <translation>套接字已销毁。离开 %1 的途径：</translation>
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
