<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <source>User interface language: %1.</source>
        <translation>User interface language: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <extracomment>Value name of --lang in --help</extracomment>
        <translation>language</translation>
    </message>
    <message>
        <source>Render the main window offscreen, save it as a PNG image and exit.</source>
        <translation>Render the main window offscreen, save it as a PNG image and exit.</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>Value name of --screenshot in --help</extracomment>
        <translation>file</translation>
    </message>
    <message>
        <source>Window size in pixels, e.g. %1 (the default for --screenshot).</source>
        <translation>Window size in pixels, e.g. %1 (the default for --screenshot).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <extracomment>Value name of --size in --help</extracomment>
        <translation>WIDTHxHEIGHT</translation>
    </message>
    <message>
        <source>CloseLab shows how TCP connections close on Linux.</source>
        <translation>CloseLab shows how TCP connections close on Linux.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos; for --lang (available: %2).</source>
        <translation>Unknown language &apos;%1&apos; for --lang (available: %2).</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot needs a file name.</translation>
    </message>
    <message>
        <source>Invalid --size &apos;%1&apos;: expected WIDTHxHEIGHT from %2 to %3.</source>
        <translation>Invalid --size &apos;%1&apos;: expected WIDTHxHEIGHT from %2 to %3.</translation>
    </message>
</context>
<context>
    <name>EmptyStateView</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Nothing to show yet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CloseLab: how TCP connections close</source>
        <translation>CloseLab: how TCP connections close</translation>
    </message>
    <message>
        <source>Sequence Diagram</source>
        <translation>Sequence Diagram</translation>
    </message>
    <message>
        <source>Every segment of the four-way handshake between the active closer and the passive closer, with time running downward.</source>
        <translation>Every segment of the four-way handshake between the active closer and the passive closer, with time running downward.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Kernel parameters (sysctls), socket options and network conditions.</source>
        <translation>Kernel parameters (sysctls), socket options and network conditions.</translation>
    </message>
    <message>
        <source>State Graph</source>
        <translation>State Graph</translation>
    </message>
    <message>
        <source>The TCP states each endpoint passes through, such as FIN_WAIT2 and TIME_WAIT.</source>
        <translation>The TCP states each endpoint passes through, such as FIN_WAIT2 and TIME_WAIT.</translation>
    </message>
    <message>
        <source>Narration and Event Log</source>
        <translation>Narration and Event Log</translation>
    </message>
    <message>
        <source>What happens at each step and why, from close() to the last ACK, including half-close.</source>
        <translation>What happens at each step and why, from close() to the last ACK, including half-close.</translation>
    </message>
    <message>
        <source>Timeline Charts</source>
        <translation>Timeline Charts</translation>
    </message>
    <message>
        <source>Sockets per state over time: TIME_WAIT, orphan connections, the SYN queue and the accept queue.</source>
        <translation>Sockets per state over time: TIME_WAIT, orphan connections, the SYN queue and the accept queue.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Export Screenshot…</source>
        <translation>&amp;Export Screenshot…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Reset Layout</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CloseLab</source>
        <translation>&amp;About CloseLab</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Export Screenshot</source>
        <translation>Export Screenshot</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>About CloseLab</source>
        <translation>About CloseLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CloseLab %1&lt;/h3&gt;&lt;p&gt;Shows how TCP connections close on Linux: a deterministic simulation of the kernel&apos;s TCP endpoints, animated.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later. Built with Qt %2 and QCustomPlot (GPLv3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CloseLab %1&lt;/h3&gt;&lt;p&gt;Shows how TCP connections close on Linux: a deterministic simulation of the kernel&apos;s TCP endpoints, animated.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later. Built with Qt %2 and QCustomPlot (GPLv3).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlaybackToolBar</name>
    <message>
        <source>Playback</source>
        <translation>Playback</translation>
    </message>
    <message>
        <source>Go to Start</source>
        <translation>Go to Start</translation>
    </message>
    <message>
        <source>Step Back</source>
        <translation>Step Back</translation>
    </message>
    <message>
        <source>Step Forward</source>
        <translation>Step Forward</translation>
    </message>
    <message>
        <source>Go to End</source>
        <translation>Go to End</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Speed:</translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>Playback speed as a multiple of real time, e.g. &quot;0.5×&quot;</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>Simulated time</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>%1 s / %2 s</source>
        <extracomment>Playhead position: current and total simulated time in seconds</extracomment>
        <translation>%1 s / %2 s</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>The image could not be encoded as PNG.</source>
        <translation>The image could not be encoded as PNG.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write screenshot %1: %2</source>
        <translation>Cannot write screenshot %1: %2</translation>
    </message>
    <message>
        <source>No display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it in a desktop session, under xvfb-run, or use --screenshot FILE.png.</source>
        <translation>No display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it in a desktop session, under xvfb-run, or use --screenshot FILE.png.</translation>
    </message>
</context>
</TS>
