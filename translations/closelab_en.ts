<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnimationDialog</name>
    <message>
        <source>Export Animation</source>
        <translation>Export Animation</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a time in seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Animated WebP (.webp)</source>
        <translation>Animated WebP (.webp)</translation>
    </message>
    <message>
        <source>Numbered PNG images (.png)</source>
        <translation>Numbered PNG images (.png)</translation>
    </message>
    <message>
        <source>×</source>
        <extracomment>Between width and height</extracomment>
        <translation>×</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Size (pixels):</source>
        <translation>Size (pixels):</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>Frames per second:</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 s of animation.</source>
        <translation>
            <numerusform>%n frame, %1 s of animation.</numerusform>
            <numerusform>%n frames, %1 s of animation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the animation…</source>
        <translation>Exporting the animation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>There is no run to export.</source>
        <translation>There is no run to export.</translation>
    </message>
    <message>
        <source>Animated WebP (*.webp)</source>
        <translation>Animated WebP (*.webp)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>AnimationExporter</name>
    <message>
        <source>the run goes from %1 to %2</source>
        <translation>the run goes from %1 to %2</translation>
    </message>
    <message>
        <source>--from %1 lies outside the run: %2</source>
        <translation>--from %1 lies outside the run: %2</translation>
    </message>
    <message>
        <source>--to %1 lies outside the run: %2</source>
        <translation>--to %1 lies outside the run: %2</translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation>--to must come after --from</translation>
    </message>
    <message>
        <source>--fps: expected frames per second from %1 to %2</source>
        <translation>--fps: expected frames per second from %1 to %2</translation>
    </message>
    <message>
        <source>--size: expected WIDTHxHEIGHT from %1 to %2</source>
        <translation>--size: expected WIDTHxHEIGHT from %1 to %2</translation>
    </message>
    <message>
        <source>--zoom: expected a percentage from %1 to %2</source>
        <translation>--zoom: expected a percentage from %1 to %2</translation>
    </message>
    <message>
        <source>more than %1 frames: choose a shorter range or fewer frames per second</source>
        <translation>more than %1 frames: choose a shorter range or fewer frames per second</translation>
    </message>
    <message>
        <source>there is no run to export</source>
        <translation>there is no run to export</translation>
    </message>
</context>
<context>
    <name>AnimationWriter</name>
    <message>
        <source>the WebP encoder could not start</source>
        <translation>the WebP encoder could not start</translation>
    </message>
    <message>
        <source>the WebP encoder failed on frame %1</source>
        <translation>the WebP encoder failed on frame %1</translation>
    </message>
    <message>
        <source>no frames to write</source>
        <translation>no frames to write</translation>
    </message>
    <message>
        <source>the WebP encoder could not assemble the animation</source>
        <translation>the WebP encoder could not assemble the animation</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
    <message>
        <source>not a CloseLab autosave</source>
        <translation>not a CloseLab autosave</translation>
    </message>
</context>
<context>
    <name>CaptureConnectionsModel</name>
    <message>
        <source>FIN both ways</source>
        <translation>FIN both ways</translation>
    </message>
    <message>
        <source>RST by the client</source>
        <translation>RST by the client</translation>
    </message>
    <message>
        <source>RST by the server</source>
        <translation>RST by the server</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>gave up (retries)</source>
        <translation>gave up (retries)</translation>
    </message>
    <message>
        <source>refused (no listener)</source>
        <translation>refused (no listener)</translation>
    </message>
    <message>
        <source>%1 if the application called close()</source>
        <translation>%1 if the application called close()</translation>
    </message>
    <message>
        <source>%1 if the application called shutdown()</source>
        <translation>%1 if the application called shutdown()</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Start (s)</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duration (s)</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Packets</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>First finding</source>
        <translation>First finding</translation>
    </message>
</context>
<context>
    <name>CaptureFindings</name>
    <message>
        <source>orphan retry budget exhausted</source>
        <translation>orphan retry budget exhausted</translation>
    </message>
    <message>
        <source>retransmissions gave up</source>
        <translation>retransmissions gave up</translation>
    </message>
    <message>
        <source>SYN retries exhausted</source>
        <translation>SYN retries exhausted</translation>
    </message>
    <message>
        <source>SYN retransmissions at fixed intervals before doubling</source>
        <translation>SYN retransmissions at fixed intervals before doubling</translation>
    </message>
    <message>
        <source>still retransmitting its SYN when the capture ends</source>
        <translation>still retransmitting its SYN when the capture ends</translation>
    </message>
    <message>
        <source>SYN-ACK retries exhausted</source>
        <translation>SYN-ACK retries exhausted</translation>
    </message>
    <message>
        <source>The server retransmitted its SYN-ACK after the capture saw the client&apos;s ACK of it: that ACK was lost after the capture point, or the accept queue was full (tcp_abort_on_overflow = 0)</source>
        <translation>The server retransmitted its SYN-ACK after the capture saw the client&apos;s ACK of it: that ACK was lost after the capture point, or the accept queue was full (tcp_abort_on_overflow = 0)</translation>
    </message>
    <message>
        <source>accept queue full, connection reset</source>
        <translation>accept queue full, connection reset</translation>
    </message>
    <message>
        <source>keepalive probes unanswered</source>
        <translation>keepalive probes unanswered</translation>
    </message>
    <message>
        <source>idle time before the first keepalive probe</source>
        <translation>idle time before the first keepalive probe</translation>
    </message>
    <message>
        <source>interval between keepalive probes</source>
        <translation>interval between keepalive probes</translation>
    </message>
    <message>
        <source>the orphan&apos;s FIN_WAIT2 timer ran out</source>
        <translation>the orphan&apos;s FIN_WAIT2 timer ran out</translation>
    </message>
    <message>
        <source>port reused during TIME_WAIT</source>
        <translation>port reused during TIME_WAIT</translation>
    </message>
    <message>
        <source>time since TIME_WAIT began when the port was reused</source>
        <translation>time since TIME_WAIT began when the port was reused</translation>
    </message>
    <message>
        <source>%1 if connect() chose the port (no bind())</source>
        <translation>%1 if connect() chose the port (no bind())</translation>
    </message>
    <message>
        <source>%1: %2 ∈ %3</source>
        <extracomment>a finding: what the capture shows, then the sysctl values consistent with it</extracomment>
        <translation>%1: %2 ∈ %3</translation>
    </message>
    <message>
        <source>A segment from the %1 appeared again as a copy the network made (a sequence number before the %1&apos;s ISN, or the timestamp of an earlier transmission): not a retransmission, and not counted as one.</source>
        <translation>A segment from the %1 appeared again as a copy the network made (a sequence number before the %1&apos;s ISN, or the timestamp of an earlier transmission): not a retransmission, and not counted as one.</translation>
    </message>
    <message>
        <source>not visible in the capture</source>
        <extracomment>a side&apos;s state in a capture where the capture cannot tell it (e.g. a close() behind a zero window)</extracomment>
        <translation>not visible in the capture</translation>
    </message>
    <message>
        <source>close() found too many orphaned sockets on the host (net.ipv4.tcp_max_orphans below their number, which the capture cannot count) or TCP memory exhausted (net.ipv4.tcp_mem): FIN, then RST at once</source>
        <translation>close() found too many orphaned sockets on the host (net.ipv4.tcp_max_orphans below their number, which the capture cannot count) or TCP memory exhausted (net.ipv4.tcp_mem): FIN, then RST at once</translation>
    </message>
</context>
<context>
    <name>CaptureLauncher</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture.</source>
        <translation>%1 is not a pcap or pcapng capture.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to explain.</source>
        <translation>%1 is empty: there is nothing to explain.</translation>
    </message>
    <message>
        <source>%1 uses a link type CloseLab cannot read (%2).</source>
        <translation>%1 uses a link type CloseLab cannot read (%2).</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Reading %1 was cancelled.</translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation>Open Capture</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Captures (*.pcap *.pcapng *.cap);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 ends in the middle of a packet: it is explained up to where it ends.</source>
        <translation>%1 ends in the middle of a packet: it is explained up to where it ends.</translation>
    </message>
    <message>
        <source>%1 has no connection %2 (it has %3).</source>
        <translation>%1 has no connection %2 (it has %3).</translation>
    </message>
    <message>
        <source>Open &amp;Capture…</source>
        <translation>Open &amp;Capture…</translation>
    </message>
    <message>
        <source>Read a pcap or pcapng capture and explain each TCP connection in it</source>
        <translation>Read a pcap or pcapng capture and explain each TCP connection in it</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>nothing listens on the port</source>
        <translation>nothing listens on the port</translation>
    </message>
    <message>
        <source>close() with unread data</source>
        <translation>close() with unread data</translation>
    </message>
    <message>
        <source>close() with SO_LINGER 0</source>
        <translation>close() with SO_LINGER 0</translation>
    </message>
    <message>
        <source>data arrived after close()</source>
        <translation>data arrived after close()</translation>
    </message>
    <message>
        <source>the orphaned FIN_WAIT2 socket had timed out (tcp_fin_timeout)</source>
        <translation>the orphaned FIN_WAIT2 socket had timed out (tcp_fin_timeout)</translation>
    </message>
    <message>
        <source>accept queue full, tcp_abort_on_overflow = 1</source>
        <translation>accept queue full, tcp_abort_on_overflow = 1</translation>
    </message>
    <message>
        <source>keepalive probes unanswered</source>
        <translation>keepalive probes unanswered</translation>
    </message>
    <message>
        <source>the socket had given up retransmitting; its host answers for a socket it no longer has</source>
        <translation>the socket had given up retransmitting; its host answers for a socket it no longer has</translation>
    </message>
    <message>
        <source>the host has no such connection</source>
        <translation>the host has no such connection</translation>
    </message>
    <message>
        <source>reason unknown</source>
        <translation>reason unknown</translation>
    </message>
    <message>
        <source>The %1 retransmitted its FIN after the capture saw the ACK of it: that ACK was lost between the capture point and the %1, which stayed in FIN_WAIT1.</source>
        <translation>The %1 retransmitted its FIN after the capture saw the ACK of it: that ACK was lost between the capture point and the %1, which stayed in FIN_WAIT1.</translation>
    </message>
    <message>
        <source>Every earlier ACK of the %1&apos;s FIN was lost after the capture point and the %1 fell silent until its retry budget ran out: the last ACK was most likely lost too. Otherwise the %1 was an orphan in FIN_WAIT2 whose tcp_fin_timeout ran out.</source>
        <translation>Every earlier ACK of the %1&apos;s FIN was lost after the capture point and the %1 fell silent until its retry budget ran out: the last ACK was most likely lost too. Otherwise the %1 was an orphan in FIN_WAIT2 whose tcp_fin_timeout ran out.</translation>
    </message>
    <message>
        <source>The capture saw the %1&apos;s FIN, but its peer went on as if it never arrived.</source>
        <translation>The capture saw the %1&apos;s FIN, but its peer went on as if it never arrived.</translation>
    </message>
    <message>
        <source>The server never took the client&apos;s ACK of its SYN-ACK: the ACK was lost after the capture point, or the accept queue was full (tcp_abort_on_overflow = 0).</source>
        <translation>The server never took the client&apos;s ACK of its SYN-ACK: the ACK was lost after the capture point, or the accept queue was full (tcp_abort_on_overflow = 0).</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>inferred</translation>
    </message>
    <message>
        <source>Retransmissions:</source>
        <translation>Retransmissions:</translation>
    </message>
    <message>
        <source>Both sides closed at once: their FINs crossed.</source>
        <translation>Both sides closed at once: their FINs crossed.</translation>
    </message>
    <message>
        <source>%1, or %2 (the capture cannot tell which)</source>
        <translation>%1, or %2 (the capture cannot tell which)</translation>
    </message>
    <message>
        <source>RST from the %1 at %2 s (frame %3): %4</source>
        <translation>RST from the %1 at %2 s (frame %3): %4</translation>
    </message>
    <message>
        <source>Settings consistent with the capture</source>
        <translation>Settings consistent with the capture</translation>
    </message>
    <message>
        <source>Choose a connection to see each side&apos;s states and what the capture says about the kernel&apos;s settings.</source>
        <translation>Choose a connection to see each side&apos;s states and what the capture says about the kernel&apos;s settings.</translation>
    </message>
    <message>
        <source>Filter connections (address, port, ending, finding)…</source>
        <translation>Filter connections (address, port, ending, finding)…</translation>
    </message>
    <message>
        <source>No capture open. File &gt; Open Capture… reads a pcap or pcapng file.</source>
        <translation>No capture open. File &gt; Open Capture… reads a pcap or pcapng file.</translation>
    </message>
    <message>
        <source>%1: %2 packets, %3 TCP, %4 connections</source>
        <translation>%1: %2 packets, %3 TCP, %4 connections</translation>
    </message>
    <message>
        <source>(truncated: explained up to where the file ends)</source>
        <translation>(truncated: explained up to where the file ends)</translation>
    </message>
    <message>
        <source>too many orphaned sockets at close() (tcp_max_orphans) or TCP out of memory</source>
        <translation>too many orphaned sockets at close() (tcp_max_orphans) or TCP out of memory</translation>
    </message>
</context>
<context>
    <name>CodeTexts</name>
    <message>
        <source>No connection: before connect() or listen(), and after the socket is gone.</source>
        <translation>No connection: before connect() or listen(), and after the socket is gone.</translation>
    </message>
    <message>
        <source>A server socket waiting for SYNs. A new connection waits in the SYN queue during the handshake, then in the accept queue until accept() takes it.</source>
        <translation>A server socket waiting for SYNs. A new connection waits in the SYN queue during the handshake, then in the accept queue until accept() takes it.</translation>
    </message>
    <message>
        <source>connect() sent a SYN and waits for the SYN-ACK. An unanswered SYN is retransmitted (1 s, 2 s, 4 s…) up to tcp_syn_retries times; then connect() fails with ETIMEDOUT.</source>
        <translation>connect() sent a SYN and waits for the SYN-ACK. An unanswered SYN is retransmitted (1 s, 2 s, 4 s…) up to tcp_syn_retries times; then connect() fails with ETIMEDOUT.</translation>
    </message>
    <message>
        <source>The server answered a SYN with a SYN-ACK and waits for the handshake&apos;s last ACK. The request sits in the SYN queue; the SYN-ACK is retransmitted up to tcp_synack_retries times.</source>
        <translation>The server answered a SYN with a SYN-ACK and waits for the handshake&apos;s last ACK. The request sits in the SYN queue; the SYN-ACK is retransmitted up to tcp_synack_retries times.</translation>
    </message>
    <message>
        <source>The connection is open: data can flow both ways.</source>
        <translation>The connection is open: data can flow both ways.</translation>
    </message>
    <message>
        <source>This side closed first (the active closer): its FIN is sent but not yet acknowledged. The FIN is retransmitted at each RTO, at most tcp_orphan_retries times for an orphan (after close()), tcp_retries2 otherwise.</source>
        <translation>This side closed first (the active closer): its FIN is sent but not yet acknowledged. The FIN is retransmitted at each RTO, at most tcp_orphan_retries times for an orphan (after close()), tcp_retries2 otherwise.</translation>
    </message>
    <message>
        <source>Our FIN is acknowledged; we wait for the peer&apos;s FIN (half-closed). An orphan (after close()) waits at most tcp_fin_timeout; after shutdown() it may wait forever.</source>
        <translation>Our FIN is acknowledged; we wait for the peer&apos;s FIN (half-closed). An orphan (after close()) waits at most tcp_fin_timeout; after shutdown() it may wait forever.</translation>
    </message>
    <message>
        <source>Simultaneous close: the peer&apos;s FIN arrived before the ACK of ours. We wait for that ACK and retransmit our FIN meanwhile.</source>
        <translation>Simultaneous close: the peer&apos;s FIN arrived before the ACK of ours. We wait for that ACK and retransmit our FIN meanwhile.</translation>
    </message>
    <message>
        <source>The active closer&apos;s last state: it acknowledged the peer&apos;s FIN and waits 60 s (TCP_TIMEWAIT_LEN, fixed in the kernel, not tcp_fin_timeout) so that a lost last ACK can be sent again and old segments die out. tcp_max_tw_buckets caps how many exist.</source>
        <translation>The active closer&apos;s last state: it acknowledged the peer&apos;s FIN and waits 60 s (TCP_TIMEWAIT_LEN, fixed in the kernel, not tcp_fin_timeout) so that a lost last ACK can be sent again and old segments die out. tcp_max_tw_buckets caps how many exist.</translation>
    </message>
    <message>
        <source>The peer closed its direction (we are the passive closer) and read() returns 0. The kernel waits for the application to call close(): no timer limits this state.</source>
        <translation>The peer closed its direction (we are the passive closer) and read() returns 0. The kernel waits for the application to call close(): no timer limits this state.</translation>
    </message>
    <message>
        <source>The passive closer sent its FIN after close() and waits for the last ACK. The FIN is retransmitted at each RTO, at most tcp_orphan_retries times.</source>
        <translation>The passive closer sent its FIN after close() and waits for the last ACK. The FIN is retransmitted at each RTO, at most tcp_orphan_retries times.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>abort / snd RST</source>
        <translation>abort / snd RST</translation>
    </message>
    <message>
        <source>60 s</source>
        <translation>60 s</translation>
    </message>
    <message>
        <source>FIN_WAIT2 timeout</source>
        <translation>FIN_WAIT2 timeout</translation>
    </message>
    <message>
        <source>retries exhausted</source>
        <translation>retries exhausted</translation>
    </message>
    <message>
        <source>keepalive unanswered / snd RST</source>
        <translation>keepalive unanswered / snd RST</translation>
    </message>
    <message>
        <source>TIME_WAIT table full</source>
        <translation>TIME_WAIT table full</translation>
    </message>
    <message>
        <source>too many orphans / snd RST</source>
        <translation>too many orphans / snd RST</translation>
    </message>
    <message>
        <source>host crash</source>
        <translation>host crash</translation>
    </message>
    <message>
        <source>process exit</source>
        <translation>process exit</translation>
    </message>
    <message>
        <source>accept queue full</source>
        <translation>accept queue full</translation>
    </message>
    <message>
        <source>zero-window probe</source>
        <translation>zero-window probe</translation>
    </message>
    <message>
        <source>keepalive</source>
        <translation>keepalive</translation>
    </message>
    <message>
        <source>delayed ACK</source>
        <translation>delayed ACK</translation>
    </message>
    <message>
        <source>random loss</source>
        <translation>random loss</translation>
    </message>
    <message>
        <source>drop rule</source>
        <translation>drop rule</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>firewall</translation>
    </message>
    <message>
        <source>host down</source>
        <translation>host down</translation>
    </message>
    <message>
        <source>SYN queue full</source>
        <translation>SYN queue full</translation>
    </message>
    <message>
        <source>no socket</source>
        <translation>no socket</translation>
    </message>
    <message>
        <source>TIME_WAIT ended</source>
        <translation>TIME_WAIT ended</translation>
    </message>
    <message>
        <source>the last ACK arrived</source>
        <translation>the last ACK arrived</translation>
    </message>
    <message>
        <source>FIN_WAIT2 timed out</source>
        <translation>FIN_WAIT2 timed out</translation>
    </message>
    <message>
        <source>retransmissions exhausted</source>
        <translation>retransmissions exhausted</translation>
    </message>
    <message>
        <source>reset by the peer</source>
        <translation>reset by the peer</translation>
    </message>
    <message>
        <source>aborted with an RST</source>
        <translation>aborted with an RST</translation>
    </message>
    <message>
        <source>no room in the TIME_WAIT table</source>
        <translation>no room in the TIME_WAIT table</translation>
    </message>
    <message>
        <source>too many orphans</source>
        <translation>too many orphans</translation>
    </message>
    <message>
        <source>keepalive timed out</source>
        <translation>keepalive timed out</translation>
    </message>
    <message>
        <source>handshake timed out</source>
        <translation>handshake timed out</translation>
    </message>
    <message>
        <source>SO_LINGER abort</source>
        <translation>SO_LINGER abort</translation>
    </message>
    <message>
        <source>the host crashed</source>
        <translation>the host crashed</translation>
    </message>
    <message>
        <source>closed before it was connected</source>
        <translation>closed before it was connected</translation>
    </message>
    <message>
        <source>no such connection</source>
        <translation>no such connection</translation>
    </message>
    <message>
        <source>close() with unread data</source>
        <translation>close() with unread data</translation>
    </message>
    <message>
        <source>data for a closed socket</source>
        <translation>data for a closed socket</translation>
    </message>
    <message>
        <source>keepalive timeout</source>
        <translation>keepalive timeout</translation>
    </message>
    <message>
        <source>reset by a firewall</source>
        <translation>reset by a firewall</translation>
    </message>
    <message>
        <source>TIME_WAIT answered an unacceptable segment</source>
        <translation>TIME_WAIT answered an unacceptable segment</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Broken pipe</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Connection reset by peer</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connection refused</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Connection timed out</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Address already in use</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Cannot assign requested address</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Too many open files</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Resource temporarily unavailable</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Transport endpoint is not connected</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>window probe</source>
        <translation>window probe</translation>
    </message>
    <message>
        <source>keepalive probe</source>
        <translation>keepalive probe</translation>
    </message>
    <message>
        <source>app call</source>
        <translation>app call</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>gone</translation>
    </message>
    <message>
        <source>armed</source>
        <translation>armed</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>fired</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>lost after the capture point</source>
        <extracomment>a segment the capture saw but its receiver never got (lost between the capture point and the receiver)</extracomment>
        <translation>lost after the capture point</translation>
    </message>
</context>
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
        <extracomment>Value name of --screenshot in --help
----------
Value name of --server-snapshot in --help
----------
Value name of --export-animation in --help</extracomment>
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
    <message>
        <source>Set a parameter on both hosts, e.g. net.ipv4.tcp_fin_timeout=5 (repeatable).</source>
        <translation>Set a parameter on both hosts, e.g. net.ipv4.tcp_fin_timeout=5 (repeatable).</translation>
    </message>
    <message>
        <source>Set a parameter on the client only (repeatable).</source>
        <translation>Set a parameter on the client only (repeatable).</translation>
    </message>
    <message>
        <source>Set a parameter on the server only (repeatable).</source>
        <translation>Set a parameter on the server only (repeatable).</translation>
    </message>
    <message>
        <source>One-way network delay in seconds (default 0.0005).</source>
        <translation>One-way network delay in seconds (default 0.0005).</translation>
    </message>
    <message>
        <source>Extra random delay of up to S seconds.</source>
        <translation>Extra random delay of up to S seconds.</translation>
    </message>
    <message>
        <source>Loss probability in both directions.</source>
        <translation>Loss probability in both directions.</translation>
    </message>
    <message>
        <source>Loss probability from client to server.</source>
        <translation>Loss probability from client to server.</translation>
    </message>
    <message>
        <source>Loss probability from server to client.</source>
        <translation>Loss probability from server to client.</translation>
    </message>
    <message>
        <source>Duplication probability.</source>
        <translation>Duplication probability.</translation>
    </message>
    <message>
        <source>Drop rule DIR:MATCH[:WHEN] as in closelab-cli, e.g. s2c:fin:first (repeatable).</source>
        <translation>Drop rule DIR:MATCH[:WHEN] as in closelab-cli, e.g. s2c:fin:first (repeatable).</translation>
    </message>
    <message>
        <source>Scenario option (repeatable).</source>
        <translation>Scenario option (repeatable).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Random seed (default 1).</translation>
    </message>
    <message>
        <source>Stop the run at this simulated time in seconds.</source>
        <translation>Stop the run at this simulated time in seconds.</translation>
    </message>
    <message>
        <source>Event budget of the run (default 1000000).</source>
        <translation>Event budget of the run (default 1000000).</translation>
    </message>
    <message>
        <source>Show this scenario (closelab-cli list shows them; default normal_close).</source>
        <translation>Show this scenario (closelab-cli list shows them; default normal_close).</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>Value name of --scenario in --help
----------
Value name of --sweep-outcome in --help</extracomment>
        <translation>name</translation>
    </message>
    <message>
        <source>Show the run at this simulated time in seconds (0 is the call the scenario is about; negative times are the set-up).</source>
        <translation>Show the run at this simulated time in seconds (0 is the call the scenario is about; negative times are the set-up).</translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>Value name of --time in --help
----------
Value name of --from in --help
----------
Value name of --to in --help</extracomment>
        <translation>seconds</translation>
    </message>
    <message>
        <source>--time: expected seconds (e.g. 0.00025), got &apos;%1&apos;.</source>
        <translation>--time: expected seconds (e.g. 0.00025), got &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--time %1 lies outside the run, which goes from %2 to %3.</source>
        <translation>--time %1 lies outside the run, which goes from %2 to %3.</translation>
    </message>
    <message>
        <source>Open the A/B comparison with B changed by this run option, written NAME=VALUE, e.g. set=net.ipv4.tcp_orphan_retries=2 or delay=0.02 (repeatable; with --screenshot the picture shows the comparison).</source>
        <translation>Open the A/B comparison with B changed by this run option, written NAME=VALUE, e.g. set=net.ipv4.tcp_orphan_retries=2 or delay=0.02 (repeatable; with --screenshot the picture shows the comparison).</translation>
    </message>
    <message>
        <source>OPTION=VALUE</source>
        <extracomment>Value name of --compare in --help</extracomment>
        <translation>OPTION=VALUE</translation>
    </message>
    <message>
        <source>--compare: expected NAME=VALUE with NAME one of %1, got &apos;%2&apos;.</source>
        <translation>--compare: expected NAME=VALUE with NAME one of %1, got &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--compare covers single-connection scenarios; %1 is a population scenario.</source>
        <translation>--compare covers single-connection scenarios; %1 is a population scenario.</translation>
    </message>
    <message>
        <source>Open the parameter sweep and run it: the parameter&apos;s key (or delay, jitter, loss, loss-c2s, loss-s2c, duplicate) and a range FROM:TO, FROM:TO:STEP or FROM:TO/COUNT, e.g. net.ipv4.tcp_orphan_retries=0:8 (with --screenshot the picture shows the sweep).</source>
        <translation>Open the parameter sweep and run it: the parameter&apos;s key (or delay, jitter, loss, loss-c2s, loss-s2c, duplicate) and a range FROM:TO, FROM:TO:STEP or FROM:TO/COUNT, e.g. net.ipv4.tcp_orphan_retries=0:8 (with --screenshot the picture shows the sweep).</translation>
    </message>
    <message>
        <source>KEY=RANGE</source>
        <extracomment>Value name of --sweep in --help</extracomment>
        <translation>KEY=RANGE</translation>
    </message>
    <message>
        <source>Host the swept parameter is set on: both (default), client or server.</source>
        <translation>Host the swept parameter is set on: both (default), client or server.</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>Value name of --sweep-host in --help</extracomment>
        <translation>host</translation>
    </message>
    <message>
        <source>Outcome the sweep plots: %1; prefix server. for the server&apos;s side (default gone_time, or time_wait_plateau for a population scenario).</source>
        <translation>Outcome the sweep plots: %1; prefix server. for the server&apos;s side (default gone_time, or time_wait_plateau for a population scenario).</translation>
    </message>
    <message>
        <source>--sweep-host and --sweep-outcome need --sweep.</source>
        <translation>--sweep-host and --sweep-outcome need --sweep.</translation>
    </message>
    <message>
        <source>--sweep: expected KEY=RANGE with KEY a parameter (closelab-cli params lists them) or one of delay, jitter, loss, loss-c2s, loss-s2c, duplicate; got &apos;%1&apos;.</source>
        <translation>--sweep: expected KEY=RANGE with KEY a parameter (closelab-cli params lists them) or one of delay, jitter, loss, loss-c2s, loss-s2c, duplicate; got &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--sweep-host: expected both, client or server, got &apos;%1&apos;.</source>
        <translation>--sweep-host: expected both, client or server, got &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--sweep-outcome: &apos;%1&apos; is not an outcome of a %2 scenario.</source>
        <translation>--sweep-outcome: &apos;%1&apos; is not an outcome of a %2 scenario.</translation>
    </message>
    <message>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <source>single-connection</source>
        <translation>single-connection</translation>
    </message>
    <message>
        <source>A saved experiment (.closelab) or lesson (.closelab-lesson) to open.</source>
        <translation>A saved experiment (.closelab) or lesson (.closelab-lesson) to open.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <extracomment>Syntax of the optional positional argument in --help</extracomment>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;: closelab opens one file at a time.</source>
        <translation>Unexpected argument &apos;%1&apos;: closelab opens one file at a time.</translation>
    </message>
    <message>
        <source>%1: a file to open cannot be combined with --scenario or run options.</source>
        <translation>%1: a file to open cannot be combined with --scenario or run options.</translation>
    </message>
    <message>
        <source>Start in presentation mode (with --screenshot: the presentation picture at --size).</source>
        <translation>Start in presentation mode (with --screenshot: the presentation picture at --size).</translation>
    </message>
    <message>
        <source>Zoom of text and drawings in percent, from %1 to %2 (default 100; View &gt; Zoom remembers the last one).</source>
        <translation>Zoom of text and drawings in percent, from %1 to %2 (default 100; View &gt; Zoom remembers the last one).</translation>
    </message>
    <message>
        <source>percent</source>
        <extracomment>Value name of --zoom in --help</extracomment>
        <translation>percent</translation>
    </message>
    <message>
        <source>Invalid --zoom &apos;%1&apos;: expected a percentage from %2 to %3.</source>
        <translation>Invalid --zoom &apos;%1&apos;: expected a percentage from %2 to %3.</translation>
    </message>
    <message>
        <source>Write the run (--scenario and run options, or FILE) as an animation and exit: an animated WebP (.webp) or numbered PNG images (.png); with --from, --to, --fps, --zoom and --size (default 1280x720).</source>
        <translation>Write the run (--scenario and run options, or FILE) as an animation and exit: an animated WebP (.webp) or numbered PNG images (.png); with --from, --to, --fps, --zoom and --size (default 1280x720).</translation>
    </message>
    <message>
        <source>--export-animation: start at this simulated time in seconds (default: the run&apos;s start).</source>
        <translation>--export-animation: start at this simulated time in seconds (default: the run&apos;s start).</translation>
    </message>
    <message>
        <source>--export-animation: end at this simulated time in seconds (default: the run&apos;s end).</source>
        <translation>--export-animation: end at this simulated time in seconds (default: the run&apos;s end).</translation>
    </message>
    <message>
        <source>--export-animation: frames per second, 1 to 60 (default 10).</source>
        <translation>--export-animation: frames per second, 1 to 60 (default 10).</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>Value name of --fps in --help</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 needs --export-animation.</source>
        <translation>--%1 needs --export-animation.</translation>
    </message>
    <message>
        <source>--export-animation: &apos;%1&apos; must end in .webp (animated WebP) or .png (numbered PNG images).</source>
        <translation>--export-animation: &apos;%1&apos; must end in .webp (animated WebP) or .png (numbered PNG images).</translation>
    </message>
    <message>
        <source>--export-animation cannot be combined with --screenshot, --compare or --sweep.</source>
        <translation>--export-animation cannot be combined with --screenshot, --compare or --sweep.</translation>
    </message>
    <message>
        <source>--export-animation covers single-connection scenarios; %1 is a population scenario.</source>
        <translation>--export-animation covers single-connection scenarios; %1 is a population scenario.</translation>
    </message>
    <message>
        <source>--%1: expected a number, got &apos;%2&apos;.</source>
        <translation>--%1: expected a number, got &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--%1: expected seconds (e.g. 0.00025), got &apos;%2&apos;.</source>
        <translation>--%1: expected seconds (e.g. 0.00025), got &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Start with the quiz on (with --screenshot: the next step&apos;s question is asked).</source>
        <translation>Start with the quiz on (with --screenshot: the next step&apos;s question is asked).</translation>
    </message>
    <message>
        <source>With --quiz and --screenshot: answer the question with choice N (1-4) and show the reveal.</source>
        <translation>With --quiz and --screenshot: answer the question with choice N (1-4) and show the reveal.</translation>
    </message>
    <message>
        <source>--quiz-answer: expected a choice from 1 to 4, got &apos;%1&apos;.</source>
        <translation>--quiz-answer: expected a choice from 1 to 4, got &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A pcap or pcapng capture to explain (File &gt; Open Capture…).</source>
        <translation>A pcap or pcapng capture to explain (File &gt; Open Capture…).</translation>
    </message>
    <message>
        <source>Open the Server Health window of this ss / netstat / nstat / /proc/net / sysctl output (repeatable: several files are one snapshot; with --screenshot the picture shows it).</source>
        <translation>Open the Server Health window of this ss / netstat / nstat / /proc/net / sysctl output (repeatable: several files are one snapshot; with --screenshot the picture shows it).</translation>
    </message>
    <message>
        <source>Open View &gt; This Machine (with --screenshot: after a few samples).</source>
        <translation>Open View &gt; This Machine (with --screenshot: after a few samples).</translation>
    </message>
    <message>
        <source>How segments are named: plain (FIN, ACK of the FIN, data 100 B; the default) or tcpdump (F. seq 6 ack 7). View &gt; Segment Names remembers the last choice.</source>
        <translation>How segments are named: plain (FIN, ACK of the FIN, data 100 B; the default) or tcpdump (F. seq 6 ack 7). View &gt; Segment Names remembers the last choice.</translation>
    </message>
    <message>
        <source>plain|tcpdump</source>
        <extracomment>Value name of --notation in --help</extracomment>
        <translation>plain|tcpdump</translation>
    </message>
    <message>
        <source>Invalid --notation &apos;%1&apos;: expected plain or tcpdump.</source>
        <translation>Invalid --notation &apos;%1&apos;: expected plain or tcpdump.</translation>
    </message>
    <message>
        <source>With a capture FILE.pcap: replay the connection shown on the engine and open the capture-vs-engine comparison (File &gt; Replay on the Engine).</source>
        <translation>With a capture FILE.pcap: replay the connection shown on the engine and open the capture-vs-engine comparison (File &gt; Replay on the Engine).</translation>
    </message>
    <message>
        <source>--replay needs a capture to replay (closelab FILE.pcap --replay).</source>
        <translation>--replay needs a capture to replay (closelab FILE.pcap --replay).</translation>
    </message>
    <message>
        <source>Bring this panel in front of its tabs (for --screenshot, or at start): %1.</source>
        <translation>Bring this panel in front of its tabs (for --screenshot, or at start): %1.</translation>
    </message>
    <message>
        <source>panel</source>
        <extracomment>Value name of --dock in --help</extracomment>
        <translation>panel</translation>
    </message>
    <message>
        <source>Invalid --dock &apos;%1&apos;: expected one of %2.</source>
        <translation>Invalid --dock &apos;%1&apos;: expected one of %2.</translation>
    </message>
</context>
<context>
    <name>CompareLauncher</name>
    <message>
        <source>&amp;Compare with a Copy (A/B)…</source>
        <translation>&amp;Compare with a Copy (A/B)…</translation>
    </message>
    <message>
        <source>Duplicate the experiment as B, change B&apos;s parameters and see A and B side by side</source>
        <translation>Duplicate the experiment as B, change B&apos;s parameters and see A and B side by side</translation>
    </message>
</context>
<context>
    <name>CompareTexts</name>
    <message>
        <source>Client: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>no error</source>
        <extracomment>what connect() or the application saw: no error</extracomment>
        <translation>no error</translation>
    </message>
    <message numerus="yes">
        <source>B sends %n %1 retransmission(s) fewer (%2 instead of %3).</source>
        <translation>
            <numerusform>B sends %n %1 retransmission fewer (%2 instead of %3).</numerusform>
            <numerusform>B sends %n %1 retransmissions fewer (%2 instead of %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>B sends %n %1 retransmission(s) more (%2 instead of %3).</source>
        <translation>
            <numerusform>B sends %n %1 retransmission more (%2 instead of %3).</numerusform>
            <numerusform>B sends %n %1 retransmissions more (%2 instead of %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>B sends %n RST(s) fewer (%1 instead of %2).</source>
        <translation>
            <numerusform>B sends %n RST fewer (%1 instead of %2).</numerusform>
            <numerusform>B sends %n RSTs fewer (%1 instead of %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>B sends %n RST(s) more (%1 instead of %2).</source>
        <translation>
            <numerusform>B sends %n RST more (%1 instead of %2).</numerusform>
            <numerusform>B sends %n RSTs more (%1 instead of %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>B sends %n segment(s) fewer (%1 instead of %2).</source>
        <translation>
            <numerusform>B sends %n segment fewer (%1 instead of %2).</numerusform>
            <numerusform>B sends %n segments fewer (%1 instead of %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>B sends %n segment(s) more (%1 instead of %2).</source>
        <translation>
            <numerusform>B sends %n segment more (%1 instead of %2).</numerusform>
            <numerusform>B sends %n segments more (%1 instead of %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>B loses %n segment(s) fewer on the way (%1 instead of %2).</source>
        <translation>
            <numerusform>B loses %n segment fewer on the way (%1 instead of %2).</numerusform>
            <numerusform>B loses %n segments fewer on the way (%1 instead of %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>B loses %n segment(s) more on the way (%1 instead of %2).</source>
        <translation>
            <numerusform>B loses %n segment more on the way (%1 instead of %2).</numerusform>
            <numerusform>B loses %n segments more on the way (%1 instead of %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>B&apos;s socket is gone %1 earlier (at %2 instead of %3).</source>
        <translation>B&apos;s socket is gone %1 earlier (at %2 instead of %3).</translation>
    </message>
    <message>
        <source>B&apos;s socket is gone %1 later (at %2 instead of %3).</source>
        <translation>B&apos;s socket is gone %1 later (at %2 instead of %3).</translation>
    </message>
    <message>
        <source>A&apos;s socket is gone at %1 (%2); B&apos;s is still in %3 when its run ends.</source>
        <translation>A&apos;s socket is gone at %1 (%2); B&apos;s is still in %3 when its run ends.</translation>
    </message>
    <message>
        <source>B&apos;s socket is gone at %1 (%2); A&apos;s is still in %3 when its run ends.</source>
        <translation>B&apos;s socket is gone at %1 (%2); A&apos;s is still in %3 when its run ends.</translation>
    </message>
    <message>
        <source>The socket ends differently: %1 in A, %2 in B.</source>
        <translation>The socket ends differently: %1 in A, %2 in B.</translation>
    </message>
    <message>
        <source>The run ends with the socket in %1 in A and in %2 in B.</source>
        <translation>The run ends with the socket in %1 in A and in %2 in B.</translation>
    </message>
    <message>
        <source>connect() returns %1 in A, %2 in B.</source>
        <translation>connect() returns %1 in A, %2 in B.</translation>
    </message>
    <message>
        <source>The application&apos;s last error is %1 in A, %2 in B.</source>
        <translation>The application&apos;s last error is %1 in A, %2 in B.</translation>
    </message>
    <message>
        <source>B spends %1 less in %2 (%3 instead of %4).</source>
        <translation>B spends %1 less in %2 (%3 instead of %4).</translation>
    </message>
    <message>
        <source>B spends %1 more in %2 (%3 instead of %4).</source>
        <translation>B spends %1 more in %2 (%3 instead of %4).</translation>
    </message>
    <message>
        <source>B&apos;s run ends %1 earlier (at %2 instead of %3).</source>
        <translation>B&apos;s run ends %1 earlier (at %2 instead of %3).</translation>
    </message>
    <message>
        <source>B&apos;s run ends %1 later (at %2 instead of %3).</source>
        <translation>B&apos;s run ends %1 later (at %2 instead of %3).</translation>
    </message>
    <message>
        <source>client</source>
        <extracomment>in the headline: &quot;B&apos;s client gives up 104 s earlier&quot;</extracomment>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>B&apos;s %1 gives up %2 earlier</source>
        <translation>B&apos;s %1 gives up %2 earlier</translation>
    </message>
    <message>
        <source>B&apos;s %1 gives up %2 later</source>
        <translation>B&apos;s %1 gives up %2 later</translation>
    </message>
    <message>
        <source>B&apos;s %1 socket is gone %2 earlier</source>
        <translation>B&apos;s %1 socket is gone %2 earlier</translation>
    </message>
    <message>
        <source>B&apos;s %1 socket is gone %2 later</source>
        <translation>B&apos;s %1 socket is gone %2 later</translation>
    </message>
    <message>
        <source>B&apos;s %1 socket is still in %2 at the end</source>
        <translation>B&apos;s %1 socket is still in %2 at the end</translation>
    </message>
    <message>
        <source>only B&apos;s %1 socket is gone (at %2)</source>
        <translation>only B&apos;s %1 socket is gone (at %2)</translation>
    </message>
    <message>
        <source>connect() returns %1 in B</source>
        <translation>connect() returns %1 in B</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 retransmission(s) fewer</source>
        <translation>
            <numerusform>%n %1 retransmission fewer</numerusform>
            <numerusform>%n %1 retransmissions fewer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 retransmission(s) more</source>
        <translation>
            <numerusform>%n %1 retransmission more</numerusform>
            <numerusform>%n %1 retransmissions more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RST(s) fewer</source>
        <translation>
            <numerusform>%n RST fewer</numerusform>
            <numerusform>%n RSTs fewer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RST(s) more</source>
        <translation>
            <numerusform>%n RST more</numerusform>
            <numerusform>%n RSTs more</numerusform>
        </translation>
    </message>
    <message>
        <source>A and B run alike: the same ends, errors, retransmissions and times.</source>
        <translation>A and B run alike: the same ends, errors, retransmissions and times.</translation>
    </message>
    <message>
        <source>The sockets end alike; B differs in the details below.</source>
        <translation>The sockets end alike; B differs in the details below.</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>joins the phrases of the headline</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>%1 (client)</source>
        <translation>%1 (client)</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (server)</translation>
    </message>
    <message>
        <source>Scenario option %1</source>
        <translation>Scenario option %1</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>Run until</source>
        <translation>Run until</translation>
    </message>
    <message>
        <source>Event budget</source>
        <translation>Event budget</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>a setting that is not set (no drop rules, no firewall, no time limit)</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The parameter that ends the socket is %1 in A, %2 in B.</source>
        <translation>The parameter that ends the socket is %1 in A, %2 in B.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>A/B comparison covers single-connection scenarios. %1 is a population run (many connections, summarised as series): compare it by changing a parameter in the main window and watching the plateau, or choose a single-connection scenario there.</source>
        <translation>A/B comparison covers single-connection scenarios. %1 is a population run (many connections, summarised as series): compare it by changing a parameter in the main window and watching the plateau, or choose a single-connection scenario there.</translation>
    </message>
    <message>
        <source>B is not run: A is a population scenario.</source>
        <translation>B is not run: A is a population scenario.</translation>
    </message>
    <message>
        <source>B keeps A&apos;s scenario (%1); choose another scenario in the main window.</source>
        <translation>B keeps A&apos;s scenario (%1); choose another scenario in the main window.</translation>
    </message>
    <message>
        <source>CloseLab: A/B comparison of %1</source>
        <translation>CloseLab: A/B comparison of %1</translation>
    </message>
    <message>
        <source>B&apos;s parameters (A follows the main window)</source>
        <translation>B&apos;s parameters (A follows the main window)</translation>
    </message>
    <message>
        <source>Copy A to B Again</source>
        <translation>Copy A to B Again</translation>
    </message>
    <message>
        <source>Forget B&apos;s changes: B becomes a copy of A</source>
        <translation>Forget B&apos;s changes: B becomes a copy of A</translation>
    </message>
    <message>
        <source>A: the capture (a real kernel)</source>
        <extracomment>the left run of the capture-vs-engine window: what the capture shows (the real kernel)</extracomment>
        <translation>A: the capture (a real kernel)</translation>
    </message>
    <message>
        <source>B: replayed on the engine</source>
        <extracomment>the right run: the same experiment run on CloseLab&apos;s engine</extracomment>
        <translation>B: replayed on the engine</translation>
    </message>
    <message>
        <source>How the engine differs from the capture</source>
        <translation>How the engine differs from the capture</translation>
    </message>
    <message>
        <source>No difference in the states either side went through, the segments of each kind or the retransmissions.</source>
        <translation>No difference in the states either side went through, the segments of each kind or the retransmissions.</translation>
    </message>
    <message>
        <source>The experiment read off the capture</source>
        <translation>The experiment read off the capture</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>changed in the panel on the left</source>
        <translation>changed in the panel on the left</translation>
    </message>
    <message>
        <source>CloseLab: the capture replayed on the engine</source>
        <translation>CloseLab: the capture replayed on the engine</translation>
    </message>
    <message>
        <source>Back to the Capture&apos;s Experiment</source>
        <translation>Back to the Capture&apos;s Experiment</translation>
    </message>
    <message>
        <source>Forget the changes: the engine runs the experiment read off the capture again</source>
        <translation>Forget the changes: the engine runs the experiment read off the capture again</translation>
    </message>
    <message>
        <source>The engine&apos;s parameters, read off the capture</source>
        <translation>The engine&apos;s parameters, read off the capture</translation>
    </message>
    <message>
        <source>Change them to see what else could have happened</source>
        <translation>Change them to see what else could have happened</translation>
    </message>
</context>
<context>
    <name>DockChrome</name>
    <message>
        <source>Graph</source>
        <extracomment>A dock&apos;s tab where there is no room for &quot;State Graph&quot;: the graph of TCP states.</extracomment>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Narration</source>
        <extracomment>A dock&apos;s tab where there is no room for &quot;Narration and Event Log&quot;.</extracomment>
        <translation>Narration</translation>
    </message>
    <message>
        <source>Charts</source>
        <extracomment>A dock&apos;s tab where there is no room for &quot;Timeline Charts&quot;.</extracomment>
        <translation>Charts</translation>
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
    <name>EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>What: connection #1</source>
        <translation>What: connection #1</translation>
    </message>
</context>
<context>
    <name>ExperimentController</name>
    <message>
        <source>net.ipv4.ip_local_port_range: the first port must not exceed the last</source>
        <translation>net.ipv4.ip_local_port_range: the first port must not exceed the last</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Set %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Preset: %1</translation>
    </message>
</context>
<context>
    <name>ExperimentFile</name>
    <message>
        <source>&quot;%1&quot; must be an object of sysctl keys and values</source>
        <translation>&quot;%1&quot; must be an object of sysctl keys and values</translation>
    </message>
    <message>
        <source>%1.%2: the value must be a number or a string</source>
        <translation>%1.%2: the value must be a number or a string</translation>
    </message>
    <message>
        <source>network.%1: expected a number from %2 to %3</source>
        <translation>network.%1: expected a number from %2 to %3</translation>
    </message>
    <message>
        <source>&quot;network&quot; must be an object</source>
        <translation>&quot;network&quot; must be an object</translation>
    </message>
    <message>
        <source>network.%1: unknown field (known: %2)</source>
        <translation>network.%1: unknown field (known: %2)</translation>
    </message>
    <message>
        <source>network.drops must be a list of rules such as &quot;s2c:fin:first&quot;</source>
        <translation>network.drops must be a list of rules such as &quot;s2c:fin:first&quot;</translation>
    </message>
    <message>
        <source>network.firewall: expected {&quot;idle_s&quot;: 0 to 86400, &quot;action&quot;: &quot;drop&quot; or &quot;reset&quot;}</source>
        <translation>network.firewall: expected {&quot;idle_s&quot;: 0 to 86400, &quot;action&quot;: &quot;drop&quot; or &quot;reset&quot;}</translation>
    </message>
    <message>
        <source>not a CloseLab experiment: invalid JSON at byte %1 (%2)</source>
        <translation>not a CloseLab experiment: invalid JSON at byte %1 (%2)</translation>
    </message>
    <message>
        <source>not a CloseLab experiment: the document is not a JSON object</source>
        <translation>not a CloseLab experiment: the document is not a JSON object</translation>
    </message>
    <message>
        <source>not a CloseLab experiment: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>not a CloseLab experiment: &quot;format&quot; must be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive integer</source>
        <translation>&quot;version&quot; must be a positive integer</translation>
    </message>
    <message>
        <source>written by a newer CloseLab (file version %1, this one reads %2)</source>
        <translation>written by a newer CloseLab (file version %1, this one reads %2)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;scenario&quot;: unknown scenario &quot;%1&quot;</source>
        <translation>&quot;scenario&quot;: unknown scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be an object of option names and values</source>
        <translation>&quot;options&quot; must be an object of option names and values</translation>
    </message>
    <message>
        <source>options.%1: the value must be a string or a number</source>
        <translation>options.%1: the value must be a string or a number</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a non-negative integer</source>
        <translation>&quot;seed&quot; must be a non-negative integer</translation>
    </message>
    <message>
        <source>the file is too large to be an experiment (over 1 MB)</source>
        <translation>the file is too large to be an experiment (over 1 MB)</translation>
    </message>
</context>
<context>
    <name>ExperimentMenus</name>
    <message>
        <source>&amp;New Experiment</source>
        <translation>&amp;New Experiment</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Sequence Diagram as Image…</source>
        <translation>Sequence Diagram as Image…</translation>
    </message>
    <message>
        <source>Timeline Charts as Image…</source>
        <translation>Timeline Charts as Image…</translation>
    </message>
    <message>
        <source>Trace as CSV…</source>
        <translation>Trace as CSV…</translation>
    </message>
    <message>
        <source>Trace as JSON…</source>
        <translation>Trace as JSON…</translation>
    </message>
    <message>
        <source>Population Series as CSV…</source>
        <translation>Population Series as CSV…</translation>
    </message>
    <message>
        <source>Population Run as JSON…</source>
        <translation>Population Run as JSON…</translation>
    </message>
    <message>
        <source>Changed Parameters as sysctl.conf…</source>
        <translation>Changed Parameters as sysctl.conf…</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Presets</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <source>Open Experiment</source>
        <translation>Open Experiment</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Save Experiment</source>
        <translation>Save Experiment</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>CloseLab experiments (*.closelab)</source>
        <translation>CloseLab experiments (*.closelab)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Export Image</translation>
    </message>
    <message>
        <source>Export Trace</source>
        <translation>Export Trace</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export Population Run</source>
        <translation>Export Population Run</translation>
    </message>
    <message>
        <source>Export Population Series</source>
        <translation>Export Population Series</translation>
    </message>
    <message>
        <source>Export Changed Parameters</source>
        <translation>Export Changed Parameters</translation>
    </message>
    <message>
        <source>sysctl.conf files (*.conf)</source>
        <translation>sysctl.conf files (*.conf)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <extracomment>The name of an experiment never saved to a file (window title, &quot;Save changes to …?&quot;).</extracomment>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>Save changes to %1?</source>
        <translation>Save changes to %1?</translation>
    </message>
    <message>
        <source>The experiment has changes that are not saved. Without saving, they are lost.</source>
        <translation>The experiment has changes that are not saved. Without saving, they are lost.</translation>
    </message>
    <message>
        <source>Restore Unsaved Experiment</source>
        <translation>Restore Unsaved Experiment</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Sequence Diagram, a Time Range…</source>
        <translation>Sequence Diagram, a Time Range…</translation>
    </message>
    <message>
        <source>State Graph as Image…</source>
        <translation>State Graph as Image…</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>cannot render the image</source>
        <translation>cannot render the image</translation>
    </message>
    <message>
        <source>unsupported image format &quot;%1&quot; (PNG, SVG or PDF)</source>
        <translation>unsupported image format &quot;%1&quot; (PNG, SVG or PDF)</translation>
    </message>
    <message>
        <source># CloseLab: parameters changed from the Linux defaults (scenario %1).</source>
        <translation># CloseLab: parameters changed from the Linux defaults (scenario %1).</translation>
    </message>
    <message>
        <source># Apply with: sysctl -p FILE (as root). Check each line before you do.</source>
        <translation># Apply with: sysctl -p FILE (as root). Check each line before you do.</translation>
    </message>
    <message>
        <source>only kernels before 4.12 have it</source>
        <translation>only kernels before 4.12 have it</translation>
    </message>
    <message>
        <source># not a sysctl: ulimit -n %1 (or nofile in /etc/security/limits.conf)</source>
        <translation># not a sysctl: ulimit -n %1 (or nofile in /etc/security/limits.conf)</translation>
    </message>
    <message>
        <source># (every parameter is at its Linux default)</source>
        <translation># (every parameter is at its Linux default)</translation>
    </message>
    <message>
        <source>the range is too long for one image: choose a shorter range, or SVG or PDF</source>
        <translation>the range is too long for one image: choose a shorter range, or SVG or PDF</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: is a folder, not a file</translation>
    </message>
    <message>
        <source>%1: cannot be read (permission denied)</source>
        <translation>%1: cannot be read (permission denied)</translation>
    </message>
    <message>
        <source>%1: this window cannot open such files</source>
        <translation>%1: this window cannot open such files</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Open File</translation>
    </message>
    <message>
        <source>%1: not a file CloseLab opens (expected a name ending in .%2 or .%3)</source>
        <translation>%1: not a file CloseLab opens (expected a name ending in .%2 or .%3)</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>%1: expected an object {&quot;en&quot;: text, &quot;zh_CN&quot;: text}</source>
        <translation>%1: expected an object {&quot;en&quot;: text, &quot;zh_CN&quot;: text}</translation>
    </message>
    <message>
        <source>%1.%2: unknown language (known: en, zh_CN)</source>
        <translation>%1.%2: unknown language (known: en, zh_CN)</translation>
    </message>
    <message>
        <source>%1.%2: expected a text of at most %3 characters</source>
        <translation>%1.%2: expected a text of at most %3 characters</translation>
    </message>
    <message>
        <source>%1: expected an object with an &quot;experiment&quot;</source>
        <translation>%1: expected an object with an &quot;experiment&quot;</translation>
    </message>
    <message>
        <source>%1.%2: unknown field (known: %3)</source>
        <translation>%1.%2: unknown field (known: %3)</translation>
    </message>
    <message>
        <source>%1.experiment: expected the object a .closelab file holds</source>
        <translation>%1.experiment: expected the object a .closelab file holds</translation>
    </message>
    <message>
        <source>%1.start_s: expected seconds from %2 to %3</source>
        <translation>%1.start_s: expected seconds from %2 to %3</translation>
    </message>
    <message>
        <source>%1.quiz: expected true or false</source>
        <translation>%1.quiz: expected true or false</translation>
    </message>
    <message>
        <source>not a CloseLab lesson: invalid JSON at byte %1 (%2)</source>
        <translation>not a CloseLab lesson: invalid JSON at byte %1 (%2)</translation>
    </message>
    <message>
        <source>not a CloseLab lesson: the document is not a JSON object</source>
        <translation>not a CloseLab lesson: the document is not a JSON object</translation>
    </message>
    <message>
        <source>not a CloseLab lesson: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>not a CloseLab lesson: &quot;format&quot; must be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive integer</source>
        <translation>&quot;version&quot; must be a positive integer</translation>
    </message>
    <message>
        <source>written by a newer CloseLab (file version %1, this one reads %2)</source>
        <translation>written by a newer CloseLab (file version %1, this one reads %2)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;steps&quot;: expected a list of 1 to %1 steps</source>
        <translation>&quot;steps&quot;: expected a list of 1 to %1 steps</translation>
    </message>
    <message>
        <source>the file is too large to be a lesson (over 4 MB)</source>
        <translation>the file is too large to be a lesson (over 4 MB)</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Open Lesson</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Save Lesson</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Add to Lesson</source>
        <translation>Add to Lesson</translation>
    </message>
    <message>
        <source>A lesson holds at most %1 steps.</source>
        <translation>A lesson holds at most %1 steps.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A step in the lesson panel&apos;s list: its number and title.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <extracomment>The lesson panel&apos;s title while the lesson has changes that are not saved.</extracomment>
        <translation>No lesson open</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>Untitled lesson</translation>
    </message>
    <message>
        <source>CloseLab lessons (*.closelab-lesson)</source>
        <translation>CloseLab lessons (*.closelab-lesson)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>The previous step of the lesson</source>
        <translation>The previous step of the lesson</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>The next step of the lesson</source>
        <translation>The next step of the lesson</translation>
    </message>
    <message>
        <source>Notes for this step:</source>
        <translation>Notes for this step:</translation>
    </message>
    <message>
        <source>Notes for the class (saved with the lesson, one text per language)</source>
        <translation>Notes for the class (saved with the lesson, one text per language)</translation>
    </message>
    <message>
        <source>Quiz: the class predicts before each step</source>
        <translation>Quiz: the class predicts before each step</translation>
    </message>
    <message>
        <source>Add This Experiment to the Lesson</source>
        <translation>Add This Experiment to the Lesson</translation>
    </message>
    <message>
        <source>Adds the scenario, parameters, network and options shown now, starting at the playhead&apos;s time</source>
        <translation>Adds the scenario, parameters, network and options shown now, starting at the playhead&apos;s time</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Remove Step</translation>
    </message>
    <message>
        <source>Open Lesson…</source>
        <translation>Open Lesson…</translation>
    </message>
    <message>
        <source>Save Lesson As…</source>
        <translation>Save Lesson As…</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <source>Unsaved Lesson</source>
        <translation>Unsaved Lesson</translation>
    </message>
    <message>
        <source>Save changes to the lesson %1?</source>
        <translation>Save changes to the lesson %1?</translation>
    </message>
    <message>
        <source>The lesson has steps, notes or quiz settings that are not saved. Without saving, they are lost.</source>
        <translation>The lesson has steps, notes or quiz settings that are not saved. Without saving, they are lost.</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (not saved)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CloseLab: how TCP connections close</source>
        <translation>CloseLab: how TCP connections close</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>State Graph</source>
        <translation>State Graph</translation>
    </message>
    <message>
        <source>Narration and Event Log</source>
        <translation>Narration and Event Log</translation>
    </message>
    <message>
        <source>Timeline Charts</source>
        <translation>Timeline Charts</translation>
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
    <message>
        <source>Population run: %1 connections per second for %2 s…</source>
        <translation>Population run: %1 connections per second for %2 s…</translation>
    </message>
    <message>
        <source>Population run cancelled.</source>
        <translation>Population run cancelled.</translation>
    </message>
    <message>
        <source>Try %1 %2</source>
        <translation>Try %1 %2</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Population run in progress</source>
        <translation>Population run in progress</translation>
    </message>
    <message>
        <source>The experiment of the last session cannot be restored: %1</source>
        <translation>The experiment of the last session cannot be restored: %1</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>Export &amp;Animation…</translation>
    </message>
    <message>
        <source>%1[*] — %2 — %3</source>
        <extracomment>The window title: the experiment&apos;s file name, [*] (an asterisk while it has unsaved changes), the scenario, the application.</extracomment>
        <translation>%1[*] — %2 — %3</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>The %1 sends %2.</source>
        <translation>The %1 sends %2.</translation>
    </message>
    <message>
        <source>This is transmission #%1, %2 after the previous one.</source>
        <translation>This is transmission #%1, %2 after the previous one.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Reason: %1.</translation>
    </message>
    <message>
        <source>The %1 receives %2, %3 after it was sent.</source>
        <translation>The %1 receives %2, %3 after it was sent.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The %1 moves from %2 to %3 (%4).</source>
        <translation>The %1 moves from %2 to %3 (%4).</translation>
    </message>
    <message>
        <source>The %1 starts its %2 timer: it fires in %3 unless cancelled.</source>
        <translation>The %1 starts its %2 timer: it fires in %3 unless cancelled.</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 timer fires.</source>
        <translation>The %1&apos;s %2 timer fires.</translation>
    </message>
    <message>
        <source>The %1 cancels its %2 timer: what it waited for happened in time.</source>
        <translation>The %1 cancels its %2 timer: what it waited for happened in time.</translation>
    </message>
    <message>
        <source>socket gone: %1</source>
        <translation>socket gone: %1</translation>
    </message>
    <message>
        <source>The %1&apos;s socket is gone: %2.</source>
        <translation>The %1&apos;s socket is gone: %2.</translation>
    </message>
    <message>
        <source>listen() turns the socket into a listener. Its accept queue holds at most min(backlog, somaxconn) connections that finished the handshake.</source>
        <translation>listen() turns the socket into a listener. Its accept queue holds at most min(backlog, somaxconn) connections that finished the handshake.</translation>
    </message>
    <message>
        <source>tcp_tw_reuse lets a new outgoing connection take over a port held by TIME_WAIT, when timestamps are on and the TIME_WAIT socket is older than tcp_tw_reuse_delay (1 s): the timestamps tell old segments from new ones.</source>
        <translation>tcp_tw_reuse lets a new outgoing connection take over a port held by TIME_WAIT, when timestamps are on and the TIME_WAIT socket is older than tcp_tw_reuse_delay (1 s): the timestamps tell old segments from new ones.</translation>
    </message>
    <message>
        <source>connect() takes a free ephemeral port from ip_local_port_range and sends a SYN. A port still held by a TIME_WAIT socket to the same destination is not free.</source>
        <translation>connect() takes a free ephemeral port from ip_local_port_range and sends a SYN. A port still held by a TIME_WAIT socket to the same destination is not free.</translation>
    </message>
    <message>
        <source>The passive closer&apos;s application finally called close(): its FIN goes out and it waits for the last ACK. CLOSE_WAIT lasted exactly as long as the application took: the kernel never ends it by itself.</source>
        <translation>The passive closer&apos;s application finally called close(): its FIN goes out and it waits for the last ACK. CLOSE_WAIT lasted exactly as long as the application took: the kernel never ends it by itself.</translation>
    </message>
    <message>
        <source>Nothing was connected yet, so close() simply frees the socket.</source>
        <translation>Nothing was connected yet, so close() simply frees the socket.</translation>
    </message>
    <message>
        <source>The application called close() or shutdown(SHUT_WR): the kernel queues a FIN after any unsent data, and this side becomes the active closer. After close() the socket is an orphan: no process owns it any more, and only the kernel&apos;s limits end it.</source>
        <translation>The application called close() or shutdown(SHUT_WR): the kernel queues a FIN after any unsent data, and this side becomes the active closer. After close() the socket is an orphan: no process owns it any more, and only the kernel&apos;s limits end it.</translation>
    </message>
    <message>
        <source>A SYN arrived for a listening port: the kernel keeps a small request in the SYN queue (tcp_max_syn_backlog) and answers with a SYN-ACK.</source>
        <translation>A SYN arrived for a listening port: the kernel keeps a small request in the SYN queue (tcp_max_syn_backlog) and answers with a SYN-ACK.</translation>
    </message>
    <message>
        <source>The SYN-ACK completes the client&apos;s side of the three-way handshake: it answers with an ACK and connect() returns.</source>
        <translation>The SYN-ACK completes the client&apos;s side of the three-way handshake: it answers with an ACK and connect() returns.</translation>
    </message>
    <message>
        <source>The handshake&apos;s last ACK arrived: the connection moves from the SYN queue to the accept queue, where accept() will find it.</source>
        <translation>The handshake&apos;s last ACK arrived: the connection moves from the SYN queue to the accept queue, where accept() will find it.</translation>
    </message>
    <message>
        <source>The peer acknowledged our FIN: our direction is closed and the connection is half-closed. Now we wait for the peer&apos;s FIN, for as long as the peer&apos;s application takes.</source>
        <translation>The peer acknowledged our FIN: our direction is closed and the connection is half-closed. Now we wait for the peer&apos;s FIN, for as long as the peer&apos;s application takes.</translation>
    </message>
    <message>
        <source>After the crossing FINs, the ACK of our FIN arrived: like any active closer, we go on to TIME_WAIT.</source>
        <translation>After the crossing FINs, the ACK of our FIN arrived: like any active closer, we go on to TIME_WAIT.</translation>
    </message>
    <message>
        <source>The last ACK of the four-way close arrived: the passive closer&apos;s socket is destroyed at once. Only the active closer keeps TIME_WAIT.</source>
        <translation>The last ACK of the four-way close arrived: the passive closer&apos;s socket is destroyed at once. Only the active closer keeps TIME_WAIT.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived: we acknowledge it and enter TIME_WAIT for 60 s, in case that ACK is lost and the FIN comes again.</source>
        <translation>The peer&apos;s FIN arrived: we acknowledge it and enter TIME_WAIT for 60 s, in case that ACK is lost and the FIN comes again.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived before the ACK of ours: both sides closed at the same time (simultaneous close), so we go to CLOSING instead of FIN_WAIT2.</source>
        <translation>The peer&apos;s FIN arrived before the ACK of ours: both sides closed at the same time (simultaneous close), so we go to CLOSING instead of FIN_WAIT2.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived: the kernel acknowledges it by itself and read() will return 0. This side is now the passive closer and stays in CLOSE_WAIT until its application calls close().</source>
        <translation>The peer&apos;s FIN arrived: the kernel acknowledges it by itself and read() will return 0. This side is now the passive closer and stays in CLOSE_WAIT until its application calls close().</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN (with the ACK of ours) arrived, but tcp_max_tw_buckets TIME_WAIT sockets already exist: this one is destroyed instead of entering TIME_WAIT (TCPTimeWaitOverflow), silently, without an RST.</source>
        <translation>The peer&apos;s FIN (with the ACK of ours) arrived, but tcp_max_tw_buckets TIME_WAIT sockets already exist: this one is destroyed instead of entering TIME_WAIT (TCPTimeWaitOverflow), silently, without an RST.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN also acknowledged ours (its ACK was piggybacked: the &quot;three-way&quot; close). We skip FIN_WAIT2 and go straight to TIME_WAIT.</source>
        <translation>The peer&apos;s FIN also acknowledged ours (its ACK was piggybacked: the &quot;three-way&quot; close). We skip FIN_WAIT2 and go straight to TIME_WAIT.</translation>
    </message>
    <message>
        <source>An RST ended TIME_WAIT early (TIME_WAIT assassination, RFC 1337). With tcp_rfc1337 = 1 the kernel ignores such RSTs.</source>
        <translation>An RST ended TIME_WAIT early (TIME_WAIT assassination, RFC 1337). With tcp_rfc1337 = 1 the kernel ignores such RSTs.</translation>
    </message>
    <message>
        <source>An RST arrived: the connection is destroyed at once, without the four-way close. Unread data is thrown away; the application&apos;s next read() fails with ECONNRESET, a write() with EPIPE.</source>
        <translation>An RST arrived: the connection is destroyed at once, without the four-way close. Unread data is thrown away; the application&apos;s next read() fails with ECONNRESET, a write() with EPIPE.</translation>
    </message>
    <message>
        <source>This side aborted the connection with an RST instead of a FIN (the RST&apos;s reason is in its own event). An abort skips FIN_WAIT and TIME_WAIT entirely.</source>
        <translation>This side aborted the connection with an RST instead of a FIN (the RST&apos;s reason is in its own event). An abort skips FIN_WAIT and TIME_WAIT entirely.</translation>
    </message>
    <message>
        <source>TIME_WAIT lasted TCP_TIMEWAIT_LEN = 60 s, a constant compiled into the kernel (2 MSL with MSL = 30 s). Some articles say tcp_fin_timeout sets it: it does not, tcp_fin_timeout only bounds an orphan&apos;s FIN_WAIT2. A real kernel&apos;s timer wheel adds up to about a second (61 s observed).</source>
        <translation>TIME_WAIT lasted TCP_TIMEWAIT_LEN = 60 s, a constant compiled into the kernel (2 MSL with MSL = 30 s). Some articles say tcp_fin_timeout sets it: it does not, tcp_fin_timeout only bounds an orphan&apos;s FIN_WAIT2. A real kernel&apos;s timer wheel adds up to about a second (61 s observed).</translation>
    </message>
    <message>
        <source>The socket is an orphan (closed with close()) and the peer never sent its FIN: after tcp_fin_timeout (or the socket&apos;s TCP_LINGER2) the kernel destroys it silently; a late FIN from the peer will get an RST. tcp_fin_timeout bounds only this orphaned FIN_WAIT2: not TIME_WAIT, and not a socket half-closed with shutdown(), which may stay in FIN_WAIT2 forever.</source>
        <translation>The socket is an orphan (closed with close()) and the peer never sent its FIN: after tcp_fin_timeout (or the socket&apos;s TCP_LINGER2) the kernel destroys it silently; a late FIN from the peer will get an RST. tcp_fin_timeout bounds only this orphaned FIN_WAIT2: not TIME_WAIT, and not a socket half-closed with shutdown(), which may stay in FIN_WAIT2 forever.</translation>
    </message>
    <message>
        <source>No SYN-ACK came back after tcp_syn_retries retransmissions of the SYN (1 s, 2 s, 4 s… apart): connect() fails with ETIMEDOUT.</source>
        <translation>No SYN-ACK came back after tcp_syn_retries retransmissions of the SYN (1 s, 2 s, 4 s… apart): connect() fails with ETIMEDOUT.</translation>
    </message>
    <message>
        <source>No ACK came back after tcp_synack_retries retransmissions of the SYN-ACK: the request is dropped from the SYN queue, silently.</source>
        <translation>No ACK came back after tcp_synack_retries retransmissions of the SYN-ACK: the request is dropped from the SYN queue, silently.</translation>
    </message>
    <message>
        <source>No ACK came back for the FIN after every retransmission. The socket is an orphan, so tcp_orphan_retries, not tcp_retries2, limits the FIN retransmissions (tcp_timer.c: tcp_write_timeout() asks tcp_orphan_retries() only for a socket no process owns, SOCK_DEAD); 0 means 8, not 0. Contrary to some articles, it does not apply to a socket still owned by a process. The socket is destroyed silently, without an RST.</source>
        <translation>No ACK came back for the FIN after every retransmission. The socket is an orphan, so tcp_orphan_retries, not tcp_retries2, limits the FIN retransmissions (tcp_timer.c: tcp_write_timeout() asks tcp_orphan_retries() only for a socket no process owns, SOCK_DEAD); 0 means 8, not 0. Contrary to some articles, it does not apply to a socket still owned by a process. The socket is destroyed silently, without an RST.</translation>
    </message>
    <message>
        <source>No ACK came back after the retransmissions tcp_retries2 allows (a time budget, about 15 minutes with the default 15): the connection is destroyed and the application gets ETIMEDOUT. The socket is not an orphan, so tcp_orphan_retries does not apply.</source>
        <translation>No ACK came back after the retransmissions tcp_retries2 allows (a time budget, about 15 minutes with the default 15): the connection is destroyed and the application gets ETIMEDOUT. The socket is not an orphan, so tcp_orphan_retries does not apply.</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE: after tcp_keepalive_time of silence the kernel sent tcp_keepalive_probes probes, tcp_keepalive_intvl apart, and none was answered: it resets the connection and the application gets ETIMEDOUT.</source>
        <translation>SO_KEEPALIVE: after tcp_keepalive_time of silence the kernel sent tcp_keepalive_probes probes, tcp_keepalive_intvl apart, and none was answered: it resets the connection and the application gets ETIMEDOUT.</translation>
    </message>
    <message>
        <source>tcp_max_tw_buckets TIME_WAIT sockets already exist: instead of entering TIME_WAIT this socket is destroyed at once (TCPTimeWaitOverflow), silently, without an RST. The newest connection loses its TIME_WAIT; the older ones keep theirs.</source>
        <translation>tcp_max_tw_buckets TIME_WAIT sockets already exist: instead of entering TIME_WAIT this socket is destroyed at once (TCPTimeWaitOverflow), silently, without an RST. The newest connection loses its TIME_WAIT; the older ones keep theirs.</translation>
    </message>
    <message>
        <source>More than tcp_max_orphans orphaned sockets exist: the kernel resets this one instead of closing it gracefully (TCPAbortOnMemory).</source>
        <translation>More than tcp_max_orphans orphaned sockets exist: the kernel resets this one instead of closing it gracefully (TCPAbortOnMemory).</translation>
    </message>
    <message>
        <source>The host crashed: its sockets vanish without sending anything. The peer notices only when its own segments go unanswered, or, after a reboot, when an RST comes back.</source>
        <translation>The host crashed: its sockets vanish without sending anything. The peer notices only when its own segments go unanswered, or, after a reboot, when an RST comes back.</translation>
    </message>
    <message>
        <source>The process exited: the kernel closes every socket it held, exactly as close() would, so they become orphans.</source>
        <translation>The process exited: the kernel closes every socket it held, exactly as close() would, so they become orphans.</translation>
    </message>
    <message>
        <source>The accept queue (min(backlog, somaxconn)) stayed full. With tcp_abort_on_overflow = 0 the handshake&apos;s last ACK is ignored and the SYN-ACK retransmitted until the request is dropped, while the client believes it is connected; with 1 the server answers with an RST at once.</source>
        <translation>The accept queue (min(backlog, somaxconn)) stayed full. With tcp_abort_on_overflow = 0 the handshake&apos;s last ACK is ignored and the SYN-ACK retransmitted until the request is dropped, while the client believes it is connected; with 1 the server answers with an RST at once.</translation>
    </message>
    <message>
        <source>The retransmission timer (RTO) guards what is not yet acknowledged. It starts at about 200 ms plus the measured RTT and doubles after each expiry (exponential backoff, at most 120 s). This socket is an orphan, so tcp_orphan_retries (0 means 8) limits how often it fires.</source>
        <translation>The retransmission timer (RTO) guards what is not yet acknowledged. It starts at about 200 ms plus the measured RTT and doubles after each expiry (exponential backoff, at most 120 s). This socket is an orphan, so tcp_orphan_retries (0 means 8) limits how often it fires.</translation>
    </message>
    <message>
        <source>The retransmission timer (RTO) guards what is not yet acknowledged. It starts at about 200 ms plus the measured RTT and doubles after each expiry (exponential backoff, at most 120 s); tcp_retries2 limits how often it fires.</source>
        <translation>The retransmission timer (RTO) guards what is not yet acknowledged. It starts at about 200 ms plus the measured RTT and doubles after each expiry (exponential backoff, at most 120 s); tcp_retries2 limits how often it fires.</translation>
    </message>
    <message>
        <source>Tail loss probe: shortly after the last segment, Linux resends it once to provoke an ACK before the full RTO expires.</source>
        <translation>Tail loss probe: shortly after the last segment, Linux resends it once to provoke an ACK before the full RTO expires.</translation>
    </message>
    <message>
        <source>The peer advertised a zero window: the persist timer sends probes to learn when it opens. A FIN queued behind unsent data cannot leave meanwhile, so the socket can sit in FIN_WAIT1 for a long time.</source>
        <translation>The peer advertised a zero window: the persist timer sends probes to learn when it opens. A FIN queued behind unsent data cannot leave meanwhile, so the socket can sit in FIN_WAIT1 for a long time.</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE: after tcp_keepalive_time of silence the kernel probes the peer every tcp_keepalive_intvl and gives up after tcp_keepalive_probes unanswered probes.</source>
        <translation>SO_KEEPALIVE: after tcp_keepalive_time of silence the kernel probes the peer every tcp_keepalive_intvl and gives up after tcp_keepalive_probes unanswered probes.</translation>
    </message>
    <message>
        <source>TIME_WAIT lasts TCP_TIMEWAIT_LEN = 60 s, fixed in the kernel: tcp_fin_timeout does not change it. A retransmitted FIN arriving meanwhile is acknowledged again and restarts the timer.</source>
        <translation>TIME_WAIT lasts TCP_TIMEWAIT_LEN = 60 s, fixed in the kernel: tcp_fin_timeout does not change it. A retransmitted FIN arriving meanwhile is acknowledged again and restarts the timer.</translation>
    </message>
    <message>
        <source>An orphaned socket in FIN_WAIT2 waits at most tcp_fin_timeout (or TCP_LINGER2) for the peer&apos;s FIN; ss shows this timer as &quot;timewait&quot;. Only orphans have it: after shutdown(), FIN_WAIT2 has no timer at all.</source>
        <translation>An orphaned socket in FIN_WAIT2 waits at most tcp_fin_timeout (or TCP_LINGER2) for the peer&apos;s FIN; ss shows this timer as &quot;timewait&quot;. Only orphans have it: after shutdown(), FIN_WAIT2 has no timer at all.</translation>
    </message>
    <message>
        <source>The SYN-ACK is retransmitted 1 s, 2 s, 4 s… apart, at most tcp_synack_retries times, while the request waits in the SYN queue.</source>
        <translation>The SYN-ACK is retransmitted 1 s, 2 s, 4 s… apart, at most tcp_synack_retries times, while the request waits in the SYN queue.</translation>
    </message>
    <message>
        <source>Linux delays a pure ACK (40 ms at first) hoping to send it together with data or a FIN.</source>
        <translation>Linux delays a pure ACK (40 ms at first) hoping to send it together with data or a FIN.</translation>
    </message>
    <message>
        <source>SO_LINGER with a timeout: close() blocks until the data and the FIN are acknowledged or the linger time runs out.</source>
        <translation>SO_LINGER with a timeout: close() blocks until the data and the FIN are acknowledged or the linger time runs out.</translation>
    </message>
    <message>
        <source>The network lost it at random (the loss rate of this direction). The sender only notices when its retransmission timer expires.</source>
        <translation>The network lost it at random (the loss rate of this direction). The sender only notices when its retransmission timer expires.</translation>
    </message>
    <message>
        <source>A scripted drop rule removed it, like the nftables rules used to observe a real kernel. The sender only notices when its retransmission timer expires.</source>
        <translation>A scripted drop rule removed it, like the nftables rules used to observe a real kernel. The sender only notices when its retransmission timer expires.</translation>
    </message>
    <message>
        <source>A stateful firewall forgot this idle connection and discards its segments. Keepalive probes more frequent than the firewall&apos;s idle timeout prevent this.</source>
        <translation>A stateful firewall forgot this idle connection and discards its segments. Keepalive probes more frequent than the firewall&apos;s idle timeout prevent this.</translation>
    </message>
    <message>
        <source>The receiving host is down: nothing receives or answers the segment.</source>
        <translation>The receiving host is down: nothing receives or answers the segment.</translation>
    </message>
    <message>
        <source>The listener&apos;s accept queue is full and tcp_abort_on_overflow = 0: the kernel ignores the handshake&apos;s ACK (ListenOverflows) and will retransmit its SYN-ACK.</source>
        <translation>The listener&apos;s accept queue is full and tcp_abort_on_overflow = 0: the kernel ignores the handshake&apos;s ACK (ListenOverflows) and will retransmit its SYN-ACK.</translation>
    </message>
    <message>
        <source>The SYN queue is full and no SYN cookie was sent (tcp_max_syn_backlog, tcp_syncookies): the SYN is dropped and the client will retransmit it.</source>
        <translation>The SYN queue is full and no SYN cookie was sent (tcp_max_syn_backlog, tcp_syncookies): the SYN is dropped and the client will retransmit it.</translation>
    </message>
    <message>
        <source>No socket matches it, and no RST is sent in reply (an RST is never answered).</source>
        <translation>No socket matches it, and no RST is sent in reply (an RST is never answered).</translation>
    </message>
    <message>
        <source>The segment matches no socket (no listener on the port, or the connection is already gone): the kernel answers with an RST.</source>
        <translation>The segment matches no socket (no listener on the port, or the connection is already gone): the kernel answers with an RST.</translation>
    </message>
    <message>
        <source>close() was called while received data was still unread: the kernel discards it and sends an RST instead of a FIN (RFC 2525, TCPAbortOnClose). No TIME_WAIT follows.</source>
        <translation>close() was called while received data was still unread: the kernel discards it and sends an RST instead of a FIN (RFC 2525, TCPAbortOnClose). No TIME_WAIT follows.</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0}: close() aborts the connection with an RST instead of a FIN; unsent data is thrown away and there is no TIME_WAIT.</source>
        <translation>SO_LINGER {1, 0}: close() aborts the connection with an RST instead of a FIN; unsent data is thrown away and there is no TIME_WAIT.</translation>
    </message>
    <message>
        <source>Data arrived for a socket whose application has already called close(): nobody can ever read it, so the kernel answers with an RST (TCPAbortOnData) and destroys the socket.</source>
        <translation>Data arrived for a socket whose application has already called close(): nobody can ever read it, so the kernel answers with an RST (TCPAbortOnData) and destroys the socket.</translation>
    </message>
    <message>
        <source>No keepalive probe was answered: the kernel gives the connection up and tells the peer with an RST.</source>
        <translation>No keepalive probe was answered: the kernel gives the connection up and tells the peer with an RST.</translation>
    </message>
    <message>
        <source>The accept queue is full and tcp_abort_on_overflow = 1: the server refuses the connection with an RST instead of ignoring the ACK.</source>
        <translation>The accept queue is full and tcp_abort_on_overflow = 1: the server refuses the connection with an RST instead of ignoring the ACK.</translation>
    </message>
    <message>
        <source>There are more orphans than tcp_max_orphans: the kernel resets this orphan to free memory (TCPAbortOnMemory).</source>
        <translation>There are more orphans than tcp_max_orphans: the kernel resets this orphan to free memory (TCPAbortOnMemory).</translation>
    </message>
    <message>
        <source>A firewall that forgot the connection answered in the peer&apos;s name with an RST.</source>
        <translation>A firewall that forgot the connection answered in the peer&apos;s name with an RST.</translation>
    </message>
    <message>
        <source>A TIME_WAIT socket received a segment it cannot accept and answered with an RST.</source>
        <translation>A TIME_WAIT socket received a segment it cannot accept and answered with an RST.</translation>
    </message>
    <message>
        <source>TIME_WAIT is over: the socket disappears from ss and its port can be used again.</source>
        <translation>TIME_WAIT is over: the socket disappears from ss and its port can be used again.</translation>
    </message>
    <message>
        <source>The passive closer is done as soon as its FIN is acknowledged: no TIME_WAIT on this side.</source>
        <translation>The passive closer is done as soon as its FIN is acknowledged: no TIME_WAIT on this side.</translation>
    </message>
    <message>
        <source>The orphan waited tcp_fin_timeout in FIN_WAIT2 and was destroyed without TIME_WAIT and without an RST.</source>
        <translation>The orphan waited tcp_fin_timeout in FIN_WAIT2 and was destroyed without TIME_WAIT and without an RST.</translation>
    </message>
    <message>
        <source>The retransmission limit was reached: the socket is destroyed. For an orphan this happens silently, without an RST.</source>
        <translation>The retransmission limit was reached: the socket is destroyed. For an orphan this happens silently, without an RST.</translation>
    </message>
    <message>
        <source>An RST from the peer destroyed the socket at once.</source>
        <translation>An RST from the peer destroyed the socket at once.</translation>
    </message>
    <message>
        <source>The socket sent an RST and was destroyed at once: no FIN, no TIME_WAIT.</source>
        <translation>The socket sent an RST and was destroyed at once: no FIN, no TIME_WAIT.</translation>
    </message>
    <message>
        <source>The TIME_WAIT table was full (tcp_max_tw_buckets): the socket was destroyed instead of waiting 60 s.</source>
        <translation>The TIME_WAIT table was full (tcp_max_tw_buckets): the socket was destroyed instead of waiting 60 s.</translation>
    </message>
    <message>
        <source>Too many orphans (tcp_max_orphans): the kernel reset this one.</source>
        <translation>Too many orphans (tcp_max_orphans): the kernel reset this one.</translation>
    </message>
    <message>
        <source>Keepalive probes went unanswered: the kernel gave the connection up.</source>
        <translation>Keepalive probes went unanswered: the kernel gave the connection up.</translation>
    </message>
    <message>
        <source>The handshake never completed within the SYN or SYN-ACK retransmissions.</source>
        <translation>The handshake never completed within the SYN or SYN-ACK retransmissions.</translation>
    </message>
    <message>
        <source>SO_LINGER made close() abort the connection with an RST.</source>
        <translation>SO_LINGER made close() abort the connection with an RST.</translation>
    </message>
    <message>
        <source>The host crashed and took its sockets with it, without a word to the peer.</source>
        <translation>The host crashed and took its sockets with it, without a word to the peer.</translation>
    </message>
    <message>
        <source>The socket was closed before any connection existed.</source>
        <translation>The socket was closed before any connection existed.</translation>
    </message>
    <message>
        <source>EPIPE: writing to a connection that is closed or was reset (the process also gets SIGPIPE unless it ignores it).</source>
        <translation>EPIPE: writing to a connection that is closed or was reset (the process also gets SIGPIPE unless it ignores it).</translation>
    </message>
    <message>
        <source>ECONNRESET: the peer reset the connection: an RST arrived.</source>
        <translation>ECONNRESET: the peer reset the connection: an RST arrived.</translation>
    </message>
    <message>
        <source>ECONNREFUSED: the SYN was answered with an RST: nothing listens on that port.</source>
        <translation>ECONNREFUSED: the SYN was answered with an RST: nothing listens on that port.</translation>
    </message>
    <message>
        <source>ETIMEDOUT: retransmissions or keepalive probes went unanswered until the kernel&apos;s limit.</source>
        <translation>ETIMEDOUT: retransmissions or keepalive probes went unanswered until the kernel&apos;s limit.</translation>
    </message>
    <message>
        <source>EADDRINUSE: the local address and port are taken, for example by TIME_WAIT sockets, unless SO_REUSEADDR is set.</source>
        <translation>EADDRINUSE: the local address and port are taken, for example by TIME_WAIT sockets, unless SO_REUSEADDR is set.</translation>
    </message>
    <message>
        <source>EADDRNOTAVAIL: no free ephemeral port in ip_local_port_range for this destination; TIME_WAIT sockets hold them (tcp_tw_reuse can reuse one after 1 s when timestamps are on).</source>
        <translation>EADDRNOTAVAIL: no free ephemeral port in ip_local_port_range for this destination; TIME_WAIT sockets hold them (tcp_tw_reuse can reuse one after 1 s when timestamps are on).</translation>
    </message>
    <message>
        <source>EMFILE: the process reached its file descriptor limit (ulimit -n), often because CLOSE_WAIT sockets were never closed.</source>
        <translation>EMFILE: the process reached its file descriptor limit (ulimit -n), often because CLOSE_WAIT sockets were never closed.</translation>
    </message>
    <message>
        <source>EAGAIN: nothing can be done right now on a non-blocking socket; try again later.</source>
        <translation>EAGAIN: nothing can be done right now on a non-blocking socket; try again later.</translation>
    </message>
    <message>
        <source>ENOTCONN: the socket is not connected.</source>
        <translation>ENOTCONN: the socket is not connected.</translation>
    </message>
    <message>
        <source>The application calls listen(): the socket starts accepting connections.</source>
        <translation>The application calls listen(): the socket starts accepting connections.</translation>
    </message>
    <message>
        <source>The application calls connect(): the kernel starts the three-way handshake.</source>
        <translation>The application calls connect(): the kernel starts the three-way handshake.</translation>
    </message>
    <message>
        <source>The application calls accept(): it takes a finished connection from the accept queue.</source>
        <translation>The application calls accept(): it takes a finished connection from the accept queue.</translation>
    </message>
    <message numerus="yes">
        <source>The application writes %n byte(s).</source>
        <translation>
            <numerusform>The application writes %n byte.</numerusform>
            <numerusform>The application writes %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>read() returns 0: end of stream, the peer sent its FIN. The application should now call close(); if it forgets, the socket stays in CLOSE_WAIT forever.</source>
        <translation>read() returns 0: end of stream, the peer sent its FIN. The application should now call close(); if it forgets, the socket stays in CLOSE_WAIT forever.</translation>
    </message>
    <message numerus="yes">
        <source>The application reads %n byte(s).</source>
        <translation>
            <numerusform>The application reads %n byte.</numerusform>
            <numerusform>The application reads %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The application calls close(): the descriptor is released and the socket becomes an orphan, owned only by the kernel.</source>
        <translation>The application calls close(): the descriptor is released and the socket becomes an orphan, owned only by the kernel.</translation>
    </message>
    <message>
        <source>The application calls shutdown(SHUT_WR): a FIN is sent, but the process still owns the socket and can go on reading (half-close). It is not an orphan, so neither tcp_fin_timeout nor tcp_orphan_retries applies to it.</source>
        <translation>The application calls shutdown(SHUT_WR): a FIN is sent, but the process still owns the socket and can go on reading (half-close). It is not an orphan, so neither tcp_fin_timeout nor tcp_orphan_retries applies to it.</translation>
    </message>
    <message>
        <source>The application calls shutdown(SHUT_RD): its later reads return 0; nothing is sent to the peer.</source>
        <translation>The application calls shutdown(SHUT_RD): its later reads return 0; nothing is sent to the peer.</translation>
    </message>
    <message>
        <source>The application calls shutdown(SHUT_RDWR): a FIN is sent; the descriptor stays open, so the socket is not an orphan.</source>
        <translation>The application calls shutdown(SHUT_RDWR): a FIN is sent; the descriptor stays open, so the socket is not an orphan.</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0}: close() will abort the connection with an RST instead of a FIN.</source>
        <translation>SO_LINGER {1, 0}: close() will abort the connection with an RST instead of a FIN.</translation>
    </message>
    <message>
        <source>SO_LINGER with a timeout: close() will wait until the data is acknowledged or the time runs out.</source>
        <translation>SO_LINGER with a timeout: close() will wait until the data is acknowledged or the time runs out.</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE is switched on: after tcp_keepalive_time of silence the kernel will probe the peer.</source>
        <translation>SO_KEEPALIVE is switched on: after tcp_keepalive_time of silence the kernel will probe the peer.</translation>
    </message>
    <message>
        <source>SO_REUSEADDR: bind() may use a local port that TIME_WAIT sockets still hold.</source>
        <translation>SO_REUSEADDR: bind() may use a local port that TIME_WAIT sockets still hold.</translation>
    </message>
    <message>
        <source>TCP_LINGER2 overrides tcp_fin_timeout for this socket&apos;s orphaned FIN_WAIT2.</source>
        <translation>TCP_LINGER2 overrides tcp_fin_timeout for this socket&apos;s orphaned FIN_WAIT2.</translation>
    </message>
    <message>
        <source>The application binds the socket to a local address and port.</source>
        <translation>The application binds the socket to a local address and port.</translation>
    </message>
    <message>
        <source>The process exits: the kernel closes every socket it held.</source>
        <translation>The process exits: the kernel closes every socket it held.</translation>
    </message>
    <message>
        <source>The host crashes: from now on it neither sends nor answers anything.</source>
        <translation>The host crashes: from now on it neither sends nor answers anything.</translation>
    </message>
    <message>
        <source>The host reboots: it remembers none of its old connections and answers their segments with RST.</source>
        <translation>The host reboots: it remembers none of its old connections and answers their segments with RST.</translation>
    </message>
    <message>
        <source>An RST aborts the connection at once. It is never acknowledged and never retransmitted.</source>
        <translation>An RST aborts the connection at once. It is never acknowledged and never retransmitted.</translation>
    </message>
    <message>
        <source>The SYN-ACK acknowledges the client&apos;s SYN and carries the server&apos;s own SYN: the second step of the three-way handshake.</source>
        <translation>The SYN-ACK acknowledges the client&apos;s SYN and carries the server&apos;s own SYN: the second step of the three-way handshake.</translation>
    </message>
    <message>
        <source>A SYN asks to open a connection. It takes one sequence number, so it must be acknowledged.</source>
        <translation>A SYN asks to open a connection. It takes one sequence number, so it must be acknowledged.</translation>
    </message>
    <message>
        <source>A FIN says: I will send no more data. It takes one sequence number (seq + 1 is acknowledged) and is retransmitted until acknowledged. Closing takes four segments because each direction is closed on its own.</source>
        <translation>A FIN says: I will send no more data. It takes one sequence number (seq + 1 is acknowledged) and is retransmitted until acknowledged. Closing takes four segments because each direction is closed on its own.</translation>
    </message>
    <message>
        <source>Data. The receiver&apos;s kernel acknowledges it; the sender keeps it until then, for retransmission.</source>
        <translation>Data. The receiver&apos;s kernel acknowledges it; the sender keeps it until then, for retransmission.</translation>
    </message>
    <message>
        <source>A pure ACK: the receiver&apos;s kernel acknowledges what arrived, without the application&apos;s help. An ACK takes no sequence number and is never retransmitted by itself.</source>
        <translation>A pure ACK: the receiver&apos;s kernel acknowledges what arrived, without the application&apos;s help. An ACK takes no sequence number and is never retransmitted by itself.</translation>
    </message>
    <message>
        <source>No ACK for the FIN within the RTO: it is sent again and the RTO doubles. The socket is an orphan, so tcp_orphan_retries limits these retransmissions (0 means 8).</source>
        <translation>No ACK for the FIN within the RTO: it is sent again and the RTO doubles. The socket is an orphan, so tcp_orphan_retries limits these retransmissions (0 means 8).</translation>
    </message>
    <message>
        <source>No ACK for the FIN within the RTO: it is sent again and the RTO doubles. The socket is still owned by its process, so tcp_retries2 limits these retransmissions, not tcp_orphan_retries.</source>
        <translation>No ACK for the FIN within the RTO: it is sent again and the RTO doubles. The socket is still owned by its process, so tcp_retries2 limits these retransmissions, not tcp_orphan_retries.</translation>
    </message>
    <message>
        <source>No SYN-ACK within the timeout: the SYN is sent again, the wait doubling each time, at most tcp_syn_retries times.</source>
        <translation>No SYN-ACK within the timeout: the SYN is sent again, the wait doubling each time, at most tcp_syn_retries times.</translation>
    </message>
    <message>
        <source>No ACK for the SYN-ACK: it is sent again, at most tcp_synack_retries times.</source>
        <translation>No ACK for the SYN-ACK: it is sent again, at most tcp_synack_retries times.</translation>
    </message>
    <message>
        <source>No ACK for the data within the RTO: it is sent again and the RTO doubles, at most tcp_retries2 times.</source>
        <translation>No ACK for the data within the RTO: it is sent again and the RTO doubles, at most tcp_retries2 times.</translation>
    </message>
    <message>
        <source>A zero-window probe asks whether the peer&apos;s receive window has opened.</source>
        <translation>A zero-window probe asks whether the peer&apos;s receive window has opened.</translation>
    </message>
    <message>
        <source>A keepalive probe: an old sequence number that forces the peer to answer with an ACK if it is still there.</source>
        <translation>A keepalive probe: an old sequence number that forces the peer to answer with an ACK if it is still there.</translation>
    </message>
    <message>
        <source>The %1 from the %2 is lost: %3.</source>
        <translation>The %1 from the %2 is lost: %3.</translation>
    </message>
    <message>
        <source>lost after the capture point</source>
        <translation>lost after the capture point</translation>
    </message>
    <message>
        <source>The capture saw %1, but the %2 went on as if it never arrived: it was lost between the capture point and the %2 (inferred).</source>
        <translation>The capture saw %1, but the %2 went on as if it never arrived: it was lost between the capture point and the %2 (inferred).</translation>
    </message>
    <message>
        <source>A capture shows what passed its own point on the wire; what the receiver did next (a retransmission, another probe) shows what reached it.</source>
        <translation>A capture shows what passed its own point on the wire; what the receiver did next (a retransmission, another probe) shows what reached it.</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation>(inferred)</translation>
    </message>
    <message>
        <source>Inferred, not seen in the capture: %1</source>
        <translation>Inferred, not seen in the capture: %1</translation>
    </message>
    <message>
        <source>The capture saw it pass, but its receiver behaves as if it never arrived (it retransmits what this segment acknowledged, or never answers it): it was lost between the capture point and the receiver.</source>
        <translation>The capture saw it pass, but its receiver behaves as if it never arrived (it retransmits what this segment acknowledged, or never answers it): it was lost between the capture point and the receiver.</translation>
    </message>
    <message>
        <source>(Frame %1 of the capture.)</source>
        <translation>(Frame %1 of the capture.)</translation>
    </message>
</context>
<context>
    <name>NarrationPanel</name>
    <message>
        <source>Press Play or step with → to follow the connection event by event.</source>
        <translation>Press Play or step with → to follow the connection event by event.</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Governed by:</source>
        <translation>Governed by:</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>What is happening</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <source>Hide the event log: the explanation takes its height</source>
        <translation>Hide the event log: the explanation takes its height</translation>
    </message>
    <message>
        <source>Show the event log: every event of the run, the current one selected</source>
        <translation>Show the event log: every event of the run, the current one selected</translation>
    </message>
</context>
<context>
    <name>OptionTexts</name>
    <message>
        <source>Server closes after</source>
        <translation>Server closes after</translation>
    </message>
    <message>
        <source>Time between the server reading EOF and its close().</source>
        <translation>Time between the server reading EOF and its close().</translation>
    </message>
    <message>
        <source>Client closes after</source>
        <translation>Client closes after</translation>
    </message>
    <message>
        <source>Time between the client reading EOF and its close().</source>
        <translation>Time between the client reading EOF and its close().</translation>
    </message>
    <message>
        <source>How the application closes</source>
        <translation>How the application closes</translation>
    </message>
    <message>
        <source>close: the socket becomes an orphan; shutdown: the application keeps it.</source>
        <translation>close: the socket becomes an orphan; shutdown: the application keeps it.</translation>
    </message>
    <message>
        <source>Server keeps sending for</source>
        <translation>Server keeps sending for</translation>
    </message>
    <message>
        <source>How long the server sends after the client&apos;s shutdown(SHUT_WR).</source>
        <translation>How long the server sends after the client&apos;s shutdown(SHUT_WR).</translation>
    </message>
    <message>
        <source>Server closes at</source>
        <translation>Server closes at</translation>
    </message>
    <message>
        <source>When the server application calls close(); empty: never.</source>
        <translation>When the server application calls close(); empty: never.</translation>
    </message>
    <message>
        <source>Client closes at</source>
        <translation>Client closes at</translation>
    </message>
    <message>
        <source>When the client application calls close(); empty: never.</source>
        <translation>When the client application calls close(); empty: never.</translation>
    </message>
    <message>
        <source>ACKs lost</source>
        <translation>ACKs lost</translation>
    </message>
    <message>
        <source>How many of the client&apos;s last ACKs the network drops.</source>
        <translation>How many of the client&apos;s last ACKs the network drops.</translation>
    </message>
    <message>
        <source>TIME_WAIT</source>
        <translation>TIME_WAIT</translation>
    </message>
    <message>
        <source>on: the old connection waits 2MSL; off: it is gone at once, as if TIME_WAIT did not exist.</source>
        <translation>on: the old connection waits 2MSL; off: it is gone at once, as if TIME_WAIT did not exist.</translation>
    </message>
    <message>
        <source>New connection at</source>
        <translation>New connection at</translation>
    </message>
    <message>
        <source>When the new connection on the same 4-tuple starts.</source>
        <translation>When the new connection on the same 4-tuple starts.</translation>
    </message>
    <message>
        <source>SO_REUSEADDR</source>
        <translation>SO_REUSEADDR</translation>
    </message>
    <message>
        <source>1: the restarted server sets SO_REUSEADDR before bind().</source>
        <translation>1: the restarted server sets SO_REUSEADDR before bind().</translation>
    </message>
    <message>
        <source>Who sets SO_LINGER {1, 0}</source>
        <translation>Who sets SO_LINGER {1, 0}</translation>
    </message>
    <message>
        <source>client, server or both.</source>
        <translation>client, server or both.</translation>
    </message>
    <message>
        <source>Server host comes back at</source>
        <translation>Server host comes back at</translation>
    </message>
    <message>
        <source>When the crashed host is up again (it answers with RST); empty: never.</source>
        <translation>When the crashed host is up again (it answers with RST); empty: never.</translation>
    </message>
    <message>
        <source>Network heals at</source>
        <translation>Network heals at</translation>
    </message>
    <message>
        <source>When the client&apos;s ACKs get through again.</source>
        <translation>When the client&apos;s ACKs get through again.</translation>
    </message>
    <message>
        <source>Application gives up at</source>
        <translation>Application gives up at</translation>
    </message>
    <message>
        <source>When the client application closes the connecting socket; empty: never.</source>
        <translation>When the client application closes the connecting socket; empty: never.</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE</source>
        <translation>SO_KEEPALIVE</translation>
    </message>
    <message>
        <source>1: the socket sends keepalive probes when idle.</source>
        <translation>1: the socket sends keepalive probes when idle.</translation>
    </message>
    <message>
        <source>Idle before the next write</source>
        <translation>Idle before the next write</translation>
    </message>
    <message>
        <source>How long the connection stays idle before the application writes again.</source>
        <translation>How long the connection stays idle before the application writes again.</translation>
    </message>
    <message>
        <source>Firewall action</source>
        <translation>Firewall action</translation>
    </message>
    <message>
        <source>drop: segments of a forgotten connection vanish; reset: the firewall answers RST.</source>
        <translation>drop: segments of a forgotten connection vanish; reset: the firewall answers RST.</translation>
    </message>
    <message>
        <source>Receive buffer of the peer</source>
        <translation>Receive buffer of the peer</translation>
    </message>
    <message>
        <source>SO_RCVBUF of the receiver that stops reading.</source>
        <translation>SO_RCVBUF of the receiver that stops reading.</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>Connections per second</translation>
    </message>
    <message>
        <source>New connections arriving per second.</source>
        <translation>New connections arriving per second.</translation>
    </message>
    <message>
        <source>Arrivals for</source>
        <translation>Arrivals for</translation>
    </message>
    <message>
        <source>How long new connections keep arriving.</source>
        <translation>How long new connections keep arriving.</translation>
    </message>
    <message>
        <source>Connections in all</source>
        <translation>Connections in all</translation>
    </message>
    <message>
        <source>Sets the duration so that this many connections arrive.</source>
        <translation>Sets the duration so that this many connections arrive.</translation>
    </message>
    <message>
        <source>Simulated after the last arrival</source>
        <translation>Simulated after the last arrival</translation>
    </message>
    <message>
        <source>Time simulated after the last connection arrived (TIME_WAIT drains).</source>
        <translation>Time simulated after the last connection arrived (TIME_WAIT drains).</translation>
    </message>
    <message>
        <source>Client machines</source>
        <translation>Client machines</translation>
    </message>
    <message>
        <source>Client machines, each with its own address.</source>
        <translation>Client machines, each with its own address.</translation>
    </message>
    <message>
        <source>Clients behind one NAT</source>
        <translation>Clients behind one NAT</translation>
    </message>
    <message>
        <source>1: all clients share one address (ports and timestamps shared).</source>
        <translation>1: all clients share one address (ports and timestamps shared).</translation>
    </message>
    <message>
        <source>Who closes first</source>
        <translation>Who closes first</translation>
    </message>
    <message>
        <source>client, server or mix: the side that calls close() first gets TIME_WAIT.</source>
        <translation>client, server or mix: the side that calls close() first gets TIME_WAIT.</translation>
    </message>
    <message>
        <source>Handlers that never close</source>
        <translation>Handlers that never close</translation>
    </message>
    <message>
        <source>Fraction 0..1 of server handlers that never call close() (a CLOSE_WAIT leak).</source>
        <translation>Fraction 0..1 of server handlers that never call close() (a CLOSE_WAIT leak).</translation>
    </message>
    <message>
        <source>accept() calls per second</source>
        <translation>accept() calls per second</translation>
    </message>
    <message>
        <source>How fast the server accepts; 0: at once.</source>
        <translation>How fast the server accepts; 0: at once.</translation>
    </message>
    <message>
        <source>Server calls accept()</source>
        <translation>Server calls accept()</translation>
    </message>
    <message>
        <source>0: the server never accepts (the accept queue fills).</source>
        <translation>0: the server never accepts (the accept queue fills).</translation>
    </message>
    <message>
        <source>listen() backlog</source>
        <translation>listen() backlog</translation>
    </message>
    <message>
        <source>The backlog passed to listen(), capped by net.core.somaxconn.</source>
        <translation>The backlog passed to listen(), capped by net.core.somaxconn.</translation>
    </message>
    <message>
        <source>Connection held for</source>
        <translation>Connection held for</translation>
    </message>
    <message>
        <source>Time between the response and the first close().</source>
        <translation>Time between the response and the first close().</translation>
    </message>
    <message>
        <source>Request size</source>
        <translation>Request size</translation>
    </message>
    <message>
        <source>Bytes the client sends.</source>
        <translation>Bytes the client sends.</translation>
    </message>
    <message>
        <source>Response size</source>
        <translation>Response size</translation>
    </message>
    <message>
        <source>Bytes the server answers.</source>
        <translation>Bytes the server answers.</translation>
    </message>
    <message>
        <source>Spoofed SYNs per second</source>
        <translation>Spoofed SYNs per second</translation>
    </message>
    <message>
        <source>SYNs from addresses that never answer (a SYN flood).</source>
        <translation>SYNs from addresses that never answer (a SYN flood).</translation>
    </message>
    <message>
        <source>Spoofed SYNs in all</source>
        <translation>Spoofed SYNs in all</translation>
    </message>
    <message>
        <source>0: for as long as the arrivals last.</source>
        <translation>0: for as long as the arrivals last.</translation>
    </message>
    <message>
        <source>Burst: connections per second</source>
        <translation>Burst: connections per second</translation>
    </message>
    <message>
        <source>The arrival rate during the burst (0: no burst).</source>
        <translation>The arrival rate during the burst (0: no burst).</translation>
    </message>
    <message>
        <source>Burst starts at</source>
        <translation>Burst starts at</translation>
    </message>
    <message>
        <source>When the burst begins.</source>
        <translation>When the burst begins.</translation>
    </message>
    <message>
        <source>Burst lasts</source>
        <translation>Burst lasts</translation>
    </message>
    <message>
        <source>How long the burst lasts.</source>
        <translation>How long the burst lasts.</translation>
    </message>
    <message>
        <source>Clients vanish</source>
        <translation>Clients vanish</translation>
    </message>
    <message>
        <source>1: each client disappears right after sending its request.</source>
        <translation>1: each client disappears right after sending its request.</translation>
    </message>
    <message>
        <source>Share closed by the server</source>
        <translation>Share closed by the server</translation>
    </message>
    <message>
        <source>Fraction 0..1 of connections the server closes first (closer = mix).</source>
        <translation>Fraction 0..1 of connections the server closes first (closer = mix).</translation>
    </message>
    <message>
        <source>Retry a failed connect() after</source>
        <translation>Retry a failed connect() after</translation>
    </message>
    <message>
        <source>0: a connect() that failed at once is not retried.</source>
        <translation>0: a connect() that failed at once is not retried.</translation>
    </message>
    <message>
        <source>First arrival at</source>
        <translation>First arrival at</translation>
    </message>
    <message>
        <source>Seconds before the first connection arrives.</source>
        <translation>Seconds before the first connection arrives.</translation>
    </message>
    <message>
        <source>s</source>
        <extracomment>The unit seconds after an option&apos;s title (&quot;Server closes after (s)&quot;)</extracomment>
        <translation>s</translation>
    </message>
</context>
<context>
    <name>ParameterTexts</name>
    <message>
        <source>FIN_WAIT2 lifetime of orphans</source>
        <translation>FIN_WAIT2 lifetime of orphans</translation>
    </message>
    <message>
        <source>How long an orphaned connection (closed with close()) may stay in FIN_WAIT2 waiting for the peer&apos;s FIN; then the kernel drops it without TIME_WAIT.</source>
        <translation>How long an orphaned connection (closed with close()) may stay in FIN_WAIT2 waiting for the peer&apos;s FIN; then the kernel drops it without TIME_WAIT.</translation>
    </message>
    <message>
        <source>It is not the TIME_WAIT length: TIME_WAIT is fixed at 60 s (TCP_TIMEWAIT_LEN). After shutdown() the socket is not an orphan and FIN_WAIT2 has no limit. Above 60 s the rest of the wait is spent as a FIN_WAIT2 timer, then as a TIME_WAIT-like mini socket.</source>
        <translation>It is not the TIME_WAIT length: TIME_WAIT is fixed at 60 s (TCP_TIMEWAIT_LEN). After shutdown() the socket is not an orphan and FIN_WAIT2 has no limit. Above 60 s the rest of the wait is spent as a FIN_WAIT2 timer, then as a TIME_WAIT-like mini socket.</translation>
    </message>
    <message>
        <source>Retries of orphans</source>
        <translation>Retries of orphans</translation>
    </message>
    <message>
        <source>How many times an orphaned connection (FIN_WAIT1, CLOSING, LAST_ACK after close()) retransmits before the kernel gives up and drops it.</source>
        <translation>How many times an orphaned connection (FIN_WAIT1, CLOSING, LAST_ACK after close()) retransmits before the kernel gives up and drops it.</translation>
    </message>
    <message>
        <source>0 does not mean &quot;no retries&quot;: the kernel reads 0 as 8 (tcp_orphan_retries(): a small RTO gets 8 tries). It governs only orphans; a socket still owned by the application is limited by tcp_retries2.</source>
        <translation>0 does not mean &quot;no retries&quot;: the kernel reads 0 as 8 (tcp_orphan_retries(): a small RTO gets 8 tries). It governs only orphans; a socket still owned by the application is limited by tcp_retries2.</translation>
    </message>
    <message>
        <source>Retries before asking routing</source>
        <translation>Retries before asking routing</translation>
    </message>
    <message>
        <source>After this many retransmissions the kernel asks the network layer to check the route (negative advice); the connection lives on.</source>
        <translation>After this many retransmissions the kernel asks the network layer to check the route (negative advice); the connection lives on.</translation>
    </message>
    <message>
        <source>Retries of established data</source>
        <translation>Retries of established data</translation>
    </message>
    <message>
        <source>How many retransmissions an owned connection makes before it is aborted with ETIMEDOUT. The default 15 is about 924.6 s with a 200 ms RTO.</source>
        <translation>How many retransmissions an owned connection makes before it is aborted with ETIMEDOUT. The default 15 is about 924.6 s with a 200 ms RTO.</translation>
    </message>
    <message>
        <source>The kernel turns the count into a time (tcp_model_timeout()): what matters is the total backoff time, not the number of segments.</source>
        <translation>The kernel turns the count into a time (tcp_model_timeout()): what matters is the total backoff time, not the number of segments.</translation>
    </message>
    <message>
        <source>Minimum RTO</source>
        <translation>Minimum RTO</translation>
    </message>
    <message>
        <source>The smallest retransmission timeout; on a LAN the RTO sits at this floor.</source>
        <translation>The smallest retransmission timeout; on a LAN the RTO sits at this floor.</translation>
    </message>
    <message>
        <source>New in Linux 6.11; older kernels fix it at 200 ms (TCP_RTO_MIN) unless a route sets rto_min.</source>
        <translation>New in Linux 6.11; older kernels fix it at 200 ms (TCP_RTO_MIN) unless a route sets rto_min.</translation>
    </message>
    <message>
        <source>Maximum RTO</source>
        <translation>Maximum RTO</translation>
    </message>
    <message>
        <source>The backoff stops doubling at this timeout.</source>
        <translation>The backoff stops doubling at this timeout.</translation>
    </message>
    <message>
        <source>New in Linux 6.15; older kernels fix it at 120 s (TCP_RTO_MAX).</source>
        <translation>New in Linux 6.15; older kernels fix it at 120 s (TCP_RTO_MAX).</translation>
    </message>
    <message>
        <source>Tail loss probe</source>
        <translation>Tail loss probe</translation>
    </message>
    <message>
        <source>3 (default) enables the tail loss probe: a lost last segment is re-sent after about 2 RTT instead of a full RTO.</source>
        <translation>3 (default) enables the tail loss probe: a lost last segment is re-sent after about 2 RTT instead of a full RTO.</translation>
    </message>
    <message>
        <source>TIME_WAIT buckets</source>
        <translation>TIME_WAIT buckets</translation>
    </message>
    <message>
        <source>The most TIME_WAIT sockets a host keeps. Past it a closing socket skips TIME_WAIT and is destroyed at once (TCPTimeWaitOverflow).</source>
        <translation>The most TIME_WAIT sockets a host keeps. Past it a closing socket skips TIME_WAIT and is destroyed at once (TCPTimeWaitOverflow).</translation>
    </message>
    <message>
        <source>Lowering it hides TIME_WAIT instead of curing it: the protection of 2MSL is lost for the connections over the limit.</source>
        <translation>Lowering it hides TIME_WAIT instead of curing it: the protection of 2MSL is lost for the connections over the limit.</translation>
    </message>
    <message>
        <source>Reuse TIME_WAIT ports</source>
        <translation>Reuse TIME_WAIT ports</translation>
    </message>
    <message>
        <source>Lets connect() take a port whose connection is in TIME_WAIT when timestamps prove the new connection is newer. 0 off, 1 on, 2 loopback only (default).</source>
        <translation>Lets connect() take a port whose connection is in TIME_WAIT when timestamps prove the new connection is newer. 0 off, 1 on, 2 loopback only (default).</translation>
    </message>
    <message>
        <source>Helps only the side that connects (the client); needs tcp_timestamps on both ends. The port must have been in TIME_WAIT for tcp_tw_reuse_delay.</source>
        <translation>Helps only the side that connects (the client); needs tcp_timestamps on both ends. The port must have been in TIME_WAIT for tcp_tw_reuse_delay.</translation>
    </message>
    <message>
        <source>Reuse delay</source>
        <translation>Reuse delay</translation>
    </message>
    <message>
        <source>How long a TIME_WAIT socket must exist before tcp_tw_reuse may take its port.</source>
        <translation>How long a TIME_WAIT socket must exist before tcp_tw_reuse may take its port.</translation>
    </message>
    <message>
        <source>New in Linux 6.13; before it the delay was 1 s.</source>
        <translation>New in Linux 6.13; before it the delay was 1 s.</translation>
    </message>
    <message>
        <source>Recycle TIME_WAIT (legacy)</source>
        <translation>Recycle TIME_WAIT (legacy)</translation>
    </message>
    <message>
        <source>Shortened TIME_WAIT and rejected SYNs whose timestamp went backwards (per-host PAWS).</source>
        <translation>Shortened TIME_WAIT and rejected SYNs whose timestamp went backwards (per-host PAWS).</translation>
    </message>
    <message>
        <source>Exists only before Linux 4.12: it was removed because it drops connections from clients behind one NAT address. Shown here for old kernels and the tw_recycle_nat scenario.</source>
        <translation>Exists only before Linux 4.12: it was removed because it drops connections from clients behind one NAT address. Shown here for old kernels and the tw_recycle_nat scenario.</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Timestamps</translation>
    </message>
    <message>
        <source>TCP timestamp option (RFC 7323): 1 on with random offsets (default), 2 on without offsets, 0 off.</source>
        <translation>TCP timestamp option (RFC 7323): 1 on with random offsets (default), 2 on without offsets, 0 off.</translation>
    </message>
    <message>
        <source>tcp_tw_reuse and PAWS depend on it, on both ends.</source>
        <translation>tcp_tw_reuse and PAWS depend on it, on both ends.</translation>
    </message>
    <message>
        <source>Ephemeral ports: first</source>
        <translation>Ephemeral ports: first</translation>
    </message>
    <message>
        <source>The lowest port connect() picks for a client socket.</source>
        <translation>The lowest port connect() picks for a client socket.</translation>
    </message>
    <message>
        <source>Ports are counted per destination (address and port): 28,232 ports to one server:port, and a port in TIME_WAIT is not free.</source>
        <translation>Ports are counted per destination (address and port): 28,232 ports to one server:port, and a port in TIME_WAIT is not free.</translation>
    </message>
    <message>
        <source>Ephemeral ports: last</source>
        <translation>Ephemeral ports: last</translation>
    </message>
    <message>
        <source>The highest port connect() picks for a client socket.</source>
        <translation>The highest port connect() picks for a client socket.</translation>
    </message>
    <message>
        <source>SYN retries</source>
        <translation>SYN retries</translation>
    </message>
    <message>
        <source>How many times connect() retransmits an unanswered SYN before it fails with ETIMEDOUT (6: about 127 s).</source>
        <translation>How many times connect() retransmits an unanswered SYN before it fails with ETIMEDOUT (6: about 127 s).</translation>
    </message>
    <message>
        <source>Linear SYN timeouts</source>
        <translation>Linear SYN timeouts</translation>
    </message>
    <message>
        <source>The first this-many SYN retransmissions wait a fixed RTO before the backoff starts doubling.</source>
        <translation>The first this-many SYN retransmissions wait a fixed RTO before the backoff starts doubling.</translation>
    </message>
    <message>
        <source>New in Linux 6.18; older kernels double the SYN timeout from the first retry.</source>
        <translation>New in Linux 6.18; older kernels double the SYN timeout from the first retry.</translation>
    </message>
    <message>
        <source>SYN-ACK retries</source>
        <translation>SYN-ACK retries</translation>
    </message>
    <message>
        <source>How many times the server retransmits a SYN-ACK whose ACK does not come; meanwhile the request occupies the SYN queue (5: 1+2+4+8+16+32 = 63 s).</source>
        <translation>How many times the server retransmits a SYN-ACK whose ACK does not come; meanwhile the request occupies the SYN queue (5: 1+2+4+8+16+32 = 63 s).</translation>
    </message>
    <message>
        <source>SYN queue size</source>
        <translation>SYN queue size</translation>
    </message>
    <message>
        <source>With tcp_syncookies = 1 a full queue answers with SYN cookies instead of dropping; with 0, SYNs from unknown peers are already dropped once three quarters of it are used.</source>
        <translation>With tcp_syncookies = 1 a full queue answers with SYN cookies instead of dropping; with 0, SYNs from unknown peers are already dropped once three quarters of it are used.</translation>
    </message>
    <message>
        <source>SYN cookies</source>
        <translation>SYN cookies</translation>
    </message>
    <message>
        <source>1 (default): when the SYN queue overflows the server encodes the request in the SYN-ACK&apos;s sequence number; 2 always; 0 never (SYNs are dropped).</source>
        <translation>1 (default): when the SYN queue overflows the server encodes the request in the SYN-ACK&apos;s sequence number; 2 always; 0 never (SYNs are dropped).</translation>
    </message>
    <message>
        <source>Reset on accept queue overflow</source>
        <translation>Reset on accept queue overflow</translation>
    </message>
    <message>
        <source>Accept queue cap</source>
        <translation>Accept queue cap</translation>
    </message>
    <message>
        <source>The accept queue holds min(backlog, somaxconn) + 1 connections.</source>
        <translation>The accept queue holds min(backlog, somaxconn) + 1 connections.</translation>
    </message>
    <message>
        <source>The default is 4096 since Linux 5.4 (128 before, as older articles say).</source>
        <translation>The default is 4096 since Linux 5.4 (128 before, as older articles say).</translation>
    </message>
    <message>
        <source>Keepalive idle time</source>
        <translation>Keepalive idle time</translation>
    </message>
    <message>
        <source>Idle time before the first keepalive probe of a socket with SO_KEEPALIVE.</source>
        <translation>Idle time before the first keepalive probe of a socket with SO_KEEPALIVE.</translation>
    </message>
    <message>
        <source>Only sockets that set SO_KEEPALIVE probe at all; it does not close CLOSE_WAIT by itself when the peer still answers.</source>
        <translation>Only sockets that set SO_KEEPALIVE probe at all; it does not close CLOSE_WAIT by itself when the peer still answers.</translation>
    </message>
    <message>
        <source>Keepalive interval</source>
        <translation>Keepalive interval</translation>
    </message>
    <message>
        <source>Time between unanswered keepalive probes.</source>
        <translation>Time between unanswered keepalive probes.</translation>
    </message>
    <message>
        <source>Keepalive probes</source>
        <translation>Keepalive probes</translation>
    </message>
    <message>
        <source>Unanswered probes before the connection is reset with ETIMEDOUT.</source>
        <translation>Unanswered probes before the connection is reset with ETIMEDOUT.</translation>
    </message>
    <message>
        <source>Orphan limit</source>
        <translation>Orphan limit</translation>
    </message>
    <message>
        <source>Not per network namespace; the kernel sizes the default from memory.</source>
        <translation>Not per network namespace; the kernel sizes the default from memory.</translation>
    </message>
    <message>
        <source>File descriptors (ulimit -n)</source>
        <translation>File descriptors (ulimit -n)</translation>
    </message>
    <message>
        <source>The process&apos;s descriptor limit: every socket the application holds, CLOSE_WAIT included, uses one; at the limit accept() fails with EMFILE.</source>
        <translation>The process&apos;s descriptor limit: every socket the application holds, CLOSE_WAIT included, uses one; at the limit accept() fails with EMFILE.</translation>
    </message>
    <message>
        <source>A process limit, not a sysctl (setrlimit, /etc/security/limits.conf).</source>
        <translation>A process limit, not a sysctl (setrlimit, /etc/security/limits.conf).</translation>
    </message>
    <message>
        <source>Close and retransmission</source>
        <translation>Close and retransmission</translation>
    </message>
    <message>
        <source>TIME_WAIT and ports</source>
        <translation>TIME_WAIT and ports</translation>
    </message>
    <message>
        <source>Handshake and queues</source>
        <translation>Handshake and queues</translation>
    </message>
    <message>
        <source>Keepalive</source>
        <translation>Keepalive</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Scenario options</source>
        <translation>Scenario options</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>times</source>
        <translation>times</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>sockets</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>fds</source>
        <translation>fds</translation>
    </message>
    <message>
        <source>mode</source>
        <extracomment>a sysctl whose value selects a mode (0, 1, 2)</extracomment>
        <translation>mode</translation>
    </message>
    <message>
        <source>on/off</source>
        <extracomment>a sysctl that is 0 (off) or 1 (on)</extracomment>
        <translation>on/off</translation>
    </message>
    <message>
        <source>Linux default: %1 %2. Range: %3 to %4.</source>
        <translation>Linux default: %1 %2. Range: %3 to %4.</translation>
    </message>
    <message>
        <source>A process limit, set per process.</source>
        <translation>A process limit, set per process.</translation>
    </message>
    <message>
        <source>Host-wide: not settable per network namespace.</source>
        <translation>Host-wide: not settable per network namespace.</translation>
    </message>
    <message>
        <source>One-way delay</source>
        <translation>One-way delay</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Loss client → server</source>
        <translation>Loss client → server</translation>
    </message>
    <message>
        <source>Loss server → client</source>
        <translation>Loss server → client</translation>
    </message>
    <message>
        <source>Duplication</source>
        <translation>Duplication</translation>
    </message>
    <message>
        <source>Drop rules</source>
        <translation>Drop rules</translation>
    </message>
    <message>
        <source>Firewall idle timeout</source>
        <translation>Firewall idle timeout</translation>
    </message>
    <message>
        <source>Firewall action</source>
        <translation>Firewall action</translation>
    </message>
    <message>
        <source>Time a segment takes from one host to the other (a LAN: 0.5 ms; loopback: 4 µs).</source>
        <translation>Time a segment takes from one host to the other (a LAN: 0.5 ms; loopback: 4 µs).</translation>
    </message>
    <message>
        <source>A random extra delay up to this value; segments keep their order.</source>
        <translation>A random extra delay up to this value; segments keep their order.</translation>
    </message>
    <message>
        <source>Probability that a segment from the client is lost.</source>
        <translation>Probability that a segment from the client is lost.</translation>
    </message>
    <message>
        <source>Probability that a segment from the server is lost.</source>
        <translation>Probability that a segment from the server is lost.</translation>
    </message>
    <message>
        <source>Probability that a segment is delivered twice.</source>
        <translation>Probability that a segment is delivered twice.</translation>
    </message>
    <message>
        <source>Scripted drops, DIR:MATCH[:WHEN]: s2c:any, c2s:ack:n=2, s2c:fin:first, c2s:data:from=0.5.</source>
        <translation>Scripted drops, DIR:MATCH[:WHEN]: s2c:any, c2s:ack:n=2, s2c:fin:first, c2s:data:from=0.5.</translation>
    </message>
    <message>
        <source>A stateful firewall between the hosts forgets a connection idle this long (0: no firewall).</source>
        <translation>A stateful firewall between the hosts forgets a connection idle this long (0: no firewall).</translation>
    </message>
    <message>
        <source>What the firewall does with a segment of a forgotten connection.</source>
        <translation>What the firewall does with a segment of a forgotten connection.</translation>
    </message>
    <message>
        <source>The SYN queue (half-open connections): requests waiting for the handshake&apos;s last ACK.</source>
        <translation>The SYN queue (half-open connections): requests waiting for the handshake&apos;s last ACK.</translation>
    </message>
    <message>
        <source>When the accept queue is full: 0 drops the handshake&apos;s last ACK so the client retries; 1 answers with RST.</source>
        <translation>When the accept queue is full: 0 drops the handshake&apos;s last ACK so the client retries; 1 answers with RST.</translation>
    </message>
    <message>
        <source>The most orphaned connections (closed by the application but not finished) a host keeps; past it new orphans are reset at once (TCPAbortOnMemory).</source>
        <translation>The most orphaned connections (closed by the application but not finished) a host keeps; past it new orphans are reset at once (TCPAbortOnMemory).</translation>
    </message>
    <message>
        <source>0 means 8 to the kernel</source>
        <translation>0 means 8 to the kernel</translation>
    </message>
    <message>
        <source>tail loss probe on</source>
        <translation>tail loss probe on</translation>
    </message>
    <message>
        <source>tail loss probe off</source>
        <translation>tail loss probe off</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>on for every connection</source>
        <translation>on for every connection</translation>
    </message>
    <message>
        <source>on for loopback only</source>
        <translation>on for loopback only</translation>
    </message>
    <message>
        <source>on, random offset per connection</source>
        <translation>on, random offset per connection</translation>
    </message>
    <message>
        <source>on, no random offset</source>
        <translation>on, no random offset</translation>
    </message>
    <message>
        <source>when the SYN queue overflows</source>
        <translation>when the SYN queue overflows</translation>
    </message>
    <message>
        <source>always</source>
        <translation>always</translation>
    </message>
    <message>
        <source>reset the connection</source>
        <translation>reset the connection</translation>
    </message>
    <message>
        <source>drop the ACK, the client retries</source>
        <translation>drop the ACK, the client retries</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>the unit milliseconds after a value (Chinese: 毫秒, as the rest of the interface writes it)</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <source>µs</source>
        <extracomment>the unit microseconds after a value (Chinese: 微秒)</extracomment>
        <translation>µs</translation>
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
        <extracomment>Playback speed as a multiple of the clock&apos;s pace, e.g. &quot;0.5×&quot;</extracomment>
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
        <source>Loop</source>
        <translation>Loop</translation>
    </message>
    <message>
        <source>Playback speed. At 1× a segment in flight takes about a second to cross.</source>
        <translation>Playback speed. At 1× a segment in flight takes about a second to cross.</translation>
    </message>
    <message>
        <source>Real Time</source>
        <extracomment>Checkable toolbar button: play in proportion to simulated time instead of compressing idle stretches</extracomment>
        <translation>Real Time</translation>
    </message>
    <message>
        <source>Play in real time (times the speed) instead of passing quickly through idle stretches; timers always show real time.</source>
        <translation>Play in real time (times the speed) instead of passing quickly through idle stretches; timers always show real time.</translation>
    </message>
    <message>
        <source>Simulated time; each tick is an event of the run</source>
        <translation>Simulated time; each tick is an event of the run</translation>
    </message>
    <message>
        <source>t = %1 / %2</source>
        <extracomment>Playhead position: current simulated time and the end of the run, e.g. &quot;t = 0.000250 s / 62.047568 s&quot;</extracomment>
        <translation>t = %1 / %2</translation>
    </message>
    <message>
        <source>Step &amp;by:</source>
        <extracomment>Toolbar label before the choice of what one step moves to</extracomment>
        <translation>Step &amp;by:</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>State changes</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Every event</translation>
    </message>
    <message>
        <source>What Step Forward and Step Back (←/→) move to: the next segment arriving, the next state change, or the next event of any kind (timers, calls).</source>
        <translation>What Step Forward and Step Back (←/→) move to: the next segment arriving, the next state change, or the next event of any kind (timers, calls).</translation>
    </message>
    <message>
        <source>t = %1
/ %2</source>
        <extracomment>The playhead&apos;s position on two lines where the tool bar is narrow: current simulated time, then the end of the run</extracomment>
        <translation>t = %1
/ %2</translation>
    </message>
</context>
<context>
    <name>PopulationText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no socket</source>
        <translation>no socket</translation>
    </message>
    <message>
        <source>accept() EMFILE %1</source>
        <translation>accept() EMFILE %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Population: no sample yet.</source>
        <translation>Population: no sample yet.</translation>
    </message>
    <message>
        <source>Population at %1 · client: %2 · server: %3
connect() %4 ok of %5 · failed so far: %6 · RSTs so far: %7</source>
        <translation>Population at %1 · client: %2 · server: %3
connect() %4 ok of %5 · failed so far: %6 · RSTs so far: %7</translation>
    </message>
    <message>
        <source>The population:</source>
        <translation>The population:</translation>
    </message>
    <message>
        <source>at %1, %2 connections have been attempted and %3 established. Client sockets: %4. Server sockets: %5.</source>
        <translation>at %1, %2 connections have been attempted and %3 established. Client sockets: %4. Server sockets: %5.</translation>
    </message>
    <message>
        <source>%1 connect() calls failed with %2</source>
        <translation>%1 connect() calls failed with %2</translation>
    </message>
    <message>
        <source>%1 accept() calls failed with EMFILE (no file descriptor left)</source>
        <translation>%1 accept() calls failed with EMFILE (no file descriptor left)</translation>
    </message>
    <message>
        <source>So far:</source>
        <translation>So far:</translation>
    </message>
    <message>
        <source>RSTs so far:</source>
        <translation>RSTs so far:</translation>
    </message>
    <message>
        <source>Population summary</source>
        <translation>Population summary</translation>
    </message>
    <message>
        <source>connect() attempted</source>
        <translation>connect() attempted</translation>
    </message>
    <message>
        <source>connect() succeeded</source>
        <translation>connect() succeeded</translation>
    </message>
    <message>
        <source>connect() failed: %1</source>
        <translation>connect() failed: %1</translation>
    </message>
    <message>
        <source>accept() succeeded</source>
        <translation>accept() succeeded</translation>
    </message>
    <message>
        <source>accept() failed: EMFILE</source>
        <translation>accept() failed: EMFILE</translation>
    </message>
    <message>
        <source>RST: %1</source>
        <translation>RST: %1</translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation>Peaks</translation>
    </message>
    <message>
        <source>first at %1</source>
        <translation>first at %1</translation>
    </message>
    <message>
        <source>The sequence diagram shows connection #1 of %1: a sample. The counts above are the whole population&apos;s.</source>
        <translation>The sequence diagram shows connection #1 of %1: a sample. The counts above are the whole population&apos;s.</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>Full screen for a class: the diagram large, the state graph beside it, the narration as a caption, projector colours. Esc leaves.</source>
        <translation>Full screen for a class: the diagram large, the state graph beside it, the narration as a caption, projector colours. Esc leaves.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Press → or Page Down to step through the run.</source>
        <translation>Press → or Page Down to step through the run.</translation>
    </message>
    <message>
        <source>%1 / %2
%3</source>
        <extracomment>Presentation mode&apos;s corner: the step reached, the number of steps, the simulated time</extracomment>
        <translation>%1 / %2
%3</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Linux defaults</source>
        <translation>Linux defaults</translation>
    </message>
    <message>
        <source>Linux 6.18 in a fresh network namespace</source>
        <translation>Linux 6.18 in a fresh network namespace</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>This machine</translation>
    </message>
    <message>
        <source>read from %1 (read-only)</source>
        <translation>read from %1 (read-only)</translation>
    </message>
    <message>
        <source>%1: %2 is outside the range the simulation accepts</source>
        <translation>%1: %2 is outside the range the simulation accepts</translation>
    </message>
    <message>
        <source>%1: unlimited or unreadable</source>
        <translation>%1: unlimited or unreadable</translation>
    </message>
    <message>
        <source>%1: not on this kernel (removed in Linux 4.12)</source>
        <translation>%1: not on this kernel (removed in Linux 4.12)</translation>
    </message>
    <message>
        <source>%1: not on this kernel</source>
        <translation>%1: not on this kernel</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: cannot read (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; not accepted (%3)</source>
        <translation>%1: &quot;%2&quot; not accepted (%3)</translation>
    </message>
    <message>
        <source>Shorter keepalive (against CLOSE_WAIT)</source>
        <translation>Shorter keepalive (against CLOSE_WAIT)</translation>
    </message>
    <message>
        <source>seed 000: the table of optimised values (keepalive 1800 s, 15 s, 3 probes)</source>
        <translation>seed 000: the table of optimised values (keepalive 1800 s, 15 s, 3 probes)</translation>
    </message>
    <message>
        <source>The load test&apos;s machines</source>
        <translation>The load test&apos;s machines</translation>
    </message>
    <message>
        <source>seed 001: tcp_max_tw_buckets 81920 and ip_local_port_range 1024-65000 on both machines</source>
        <translation>seed 001: tcp_max_tw_buckets 81920 and ip_local_port_range 1024-65000 on both machines</translation>
    </message>
    <message>
        <source>Active closer tuning</source>
        <translation>Active closer tuning</translation>
    </message>
    <message>
        <source>seed 003: tcp_orphan_retries 0, tcp_max_orphans 16384, tcp_max_tw_buckets 5000, tcp_tw_reuse 1 (note: 0 retries means 8 to the kernel)</source>
        <translation>seed 003: tcp_orphan_retries 0, tcp_max_orphans 16384, tcp_max_tw_buckets 5000, tcp_tw_reuse 1 (note: 0 retries means 8 to the kernel)</translation>
    </message>
    <message>
        <source>Against SYN floods and full accept queues</source>
        <translation>Against SYN floods and full accept queues</translation>
    </message>
    <message>
        <source>seed 004: tcp_syncookies 1, tcp_abort_on_overflow 1</source>
        <translation>seed 004: tcp_syncookies 1, tcp_abort_on_overflow 1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A preset in Edit &gt; Presets: its title, then where its values come from.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>QuizMode</name>
    <message>
        <source>Step forward (→): a question comes before each step it fits.</source>
        <translation>Step forward (→): a question comes before each step it fits.</translation>
    </message>
    <message>
        <source>&amp;Quiz: Predict, Then Reveal</source>
        <translation>&amp;Quiz: Predict, Then Reveal</translation>
    </message>
    <message>
        <source>Before each step, ask what happens next; the step plays once the class has answered (keys 1–4).</source>
        <translation>Before each step, ask what happens next; the step plays once the class has answered (keys 1–4).</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
</context>
<context>
    <name>QuizTexts</name>
    <message>
        <source>The %1&apos;s application closes its end (close() or shutdown()) in %2. Which state does the socket enter?</source>
        <extracomment>%1 client or server, %2 its state now</extracomment>
        <translation>The %1&apos;s application closes its end (close() or shutdown()) in %2. Which state does the socket enter?</translation>
    </message>
    <message>
        <source>The %1 is in %2. Which state does it enter next?</source>
        <extracomment>%1 client or server, %2 its state now</extracomment>
        <translation>The %1 is in %2. Which state does it enter next?</translation>
    </message>
    <message>
        <source>Which side sends the next segment?</source>
        <translation>Which side sends the next segment?</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 timer is running. How long until it fires?</source>
        <extracomment>%1 client or server, %2 a timer&apos;s name (RTO, TIME_WAIT, keepalive…)</extracomment>
        <translation>The %1&apos;s %2 timer is running. How long until it fires?</translation>
    </message>
    <message>
        <source>The kernel is about to end the %1&apos;s socket in %2. Which sysctl decides when?</source>
        <extracomment>%1 client or server, %2 its state (FIN_WAIT1)</extracomment>
        <translation>The kernel is about to end the %1&apos;s socket in %2. Which sysctl decides when?</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>The client</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>The server</translation>
    </message>
    <message>
        <source>Both at once</source>
        <translation>Both at once</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>Not quite: the answer is %1.</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <extracomment>The quiz&apos;s score in this run</extracomment>
        <translation>Score: %1 of %2</translation>
    </message>
    <message>
        <source>The %1 reaches the %2, now in %3. Which state does it enter?</source>
        <extracomment>%1 a segment as the diagram names it (FIN, ACK of the FIN, SYN-ACK, RST, data 5 B), %2 client or server, %3 its state now (FIN_WAIT1)</extracomment>
        <translation>The %1 reaches the %2, now in %3. Which state does it enter?</translation>
    </message>
</context>
<context>
    <name>RecoveryNote</name>
    <message>
        <source>CloseLab did not close normally last time: its unsaved experiment is restored.</source>
        <translation>CloseLab did not close normally last time: its unsaved experiment is restored.</translation>
    </message>
    <message>
        <source>CloseLab did not close normally last time: its experiment is restored.</source>
        <translation>CloseLab did not close normally last time: its experiment is restored.</translation>
    </message>
    <message>
        <source>CloseLab did not close normally last time: %1 is open again.</source>
        <translation>CloseLab did not close normally last time: %1 is open again.</translation>
    </message>
    <message>
        <source>Discard</source>
        <extracomment>Button: throw the recovered experiment away and start a new one.</extracomment>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Start a new experiment instead (Edit ▸ Undo also takes the restore back)</source>
        <translation>Start a new experiment instead (Edit ▸ Undo also takes the restore back)</translation>
    </message>
    <message>
        <source>Start a new experiment instead</source>
        <translation>Start a new experiment instead</translation>
    </message>
    <message>
        <source>Keep</source>
        <extracomment>Button: keep the recovered experiment and hide this note.</extracomment>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>ReplayLauncher</name>
    <message>
        <source>&amp;Replay on the Engine</source>
        <translation>&amp;Replay on the Engine</translation>
    </message>
    <message>
        <source>Turn the chosen connection of the capture into an experiment (calls, lost segments, delay, sysctls) and compare the engine&apos;s run with the capture</source>
        <translation>Turn the chosen connection of the capture into an experiment (calls, lost segments, delay, sysctls) and compare the engine&apos;s run with the capture</translation>
    </message>
</context>
<context>
    <name>ReplayTexts</name>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>pure ACK</source>
        <translation>pure ACK</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>nothing more</translation>
    </message>
    <message>
        <source>%1: went through %2 in the capture, %3 on the engine.</source>
        <extracomment>%1 client/server, %2 and %3 state sequences such as &quot;TIME_WAIT → CLOSED&quot;</extracomment>
        <translation>%1: went through %2 in the capture, %3 on the engine.</translation>
    </message>
    <message>
        <source>%1: after %2, went through %3 in the capture, %4 on the engine.</source>
        <extracomment>%1 client/server, %2 the last state both runs share, %3 and %4 what followed in each</extracomment>
        <translation>%1: after %2, went through %3 in the capture, %4 on the engine.</translation>
    </message>
    <message>
        <source>%1: the kernel retransmitted the %2 %3 time(s), the engine %4.</source>
        <extracomment>%1 client/server, %2 a segment kind (FIN, SYN, data…), %3 and %4 counts</extracomment>
        <translation>%1: the kernel retransmitted the %2 %3 time(s), the engine %4.</translation>
    </message>
    <message>
        <source>%1: sent %3 %2 segment(s) in the capture, %4 on the engine.</source>
        <extracomment>%1 client/server, %2 a segment kind (FIN, pure ACK, data…), %3 and %4 counts</extracomment>
        <translation>%1: sent %3 %2 segment(s) in the capture, %4 on the engine.</translation>
    </message>
    <message>
        <source>The engine reproduces the capture: the same states on both sides, the same segments of each kind and the same retransmissions.</source>
        <translation>The engine reproduces the capture: the same states on both sides, the same segments of each kind and the same retransmissions.</translation>
    </message>
    <message>
        <source>The engine differs from the capture in %1 way(s): %2</source>
        <translation>The engine differs from the capture in %1 way(s): %2</translation>
    </message>
    <message>
        <source>Read off the capture</source>
        <translation>Read off the capture</translation>
    </message>
    <message>
        <source>What the capture shows</source>
        <translation>What the capture shows</translation>
    </message>
    <message>
        <source>What the engine runs</source>
        <translation>What the engine runs</translation>
    </message>
    <message>
        <source>One-way delay</source>
        <translation>One-way delay</translation>
    </message>
    <message>
        <source>handshake round trip %1</source>
        <translation>handshake round trip %1</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>no handshake</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>RST answers the SYN</source>
        <translation>RST answers the SYN</translation>
    </message>
    <message>
        <source>nothing listens on port %1</source>
        <translation>nothing listens on port %1</translation>
    </message>
    <message>
        <source>frame #%1 at %2</source>
        <translation>frame #%1 at %2</translation>
    </message>
    <message>
        <source>(no segment shows it)</source>
        <translation>(no segment shows it)</translation>
    </message>
    <message>
        <source>called at %1</source>
        <translation>called at %1</translation>
    </message>
    <message>
        <source>Lost after the capture point</source>
        <translation>Lost after the capture point</translation>
    </message>
    <message>
        <source>Lost before the capture point</source>
        <translation>Lost before the capture point</translation>
    </message>
    <message>
        <source>frames %1</source>
        <translation>frames %1</translation>
    </message>
    <message>
        <source>only its retransmission, %1</source>
        <translation>only its retransmission, %1</translation>
    </message>
    <message>
        <source>drop rule %1</source>
        <translation>drop rule %1</translation>
    </message>
    <message>
        <source>consistent: %1</source>
        <translation>consistent: %1</translation>
    </message>
    <message>
        <source>%1 (Linux&apos;s default, in the set)</source>
        <translation>%1 (Linux&apos;s default, in the set)</translation>
    </message>
    <message>
        <source>%1 (the middle of the set)</source>
        <translation>%1 (the middle of the set)</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>frame %1</translation>
    </message>
</context>
<context>
    <name>ScenarioChoice</name>
    <message>
        <source>%1: your changed parameters carry over (%2). Edit &gt; Undo goes back.</source>
        <translation>%1: your changed parameters carry over (%2). Edit &gt; Undo goes back.</translation>
    </message>
</context>
<context>
    <name>ScenarioSearch</name>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Cannot assign requested address</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Too many open files</translation>
    </message>
    <message>
        <source>Too many sockets in CLOSE_WAIT</source>
        <translation>Too many sockets in CLOSE_WAIT</translation>
    </message>
    <message>
        <source>Too many sockets in TIME_WAIT</source>
        <translation>Too many sockets in TIME_WAIT</translation>
    </message>
    <message>
        <source>time wait bucket table overflow</source>
        <translation>time wait bucket table overflow</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Connection reset by peer</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Broken pipe</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connection refused</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Connection timed out</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Address already in use</translation>
    </message>
    <message>
        <source>SYN flood</source>
        <translation>SYN flood</translation>
    </message>
    <message>
        <source>possible SYN flooding on port</source>
        <translation>possible SYN flooding on port</translation>
    </message>
    <message>
        <source>Listen queue overflow</source>
        <translation>Listen queue overflow</translation>
    </message>
    <message>
        <source>Too many orphaned sockets</source>
        <translation>Too many orphaned sockets</translation>
    </message>
    <message>
        <source>Stuck in FIN_WAIT1</source>
        <translation>Stuck in FIN_WAIT1</translation>
    </message>
    <message>
        <source>Stuck in FIN_WAIT2</source>
        <translation>Stuck in FIN_WAIT2</translation>
    </message>
    <message>
        <source>Idle connection dropped by a firewall</source>
        <translation>Idle connection dropped by a firewall</translation>
    </message>
</context>
<context>
    <name>ScenarioTexts</name>
    <message>
        <source>The four-way close: the client closes first and ends in TIME_WAIT for 60 s; the server passes through CLOSE_WAIT and LAST_ACK.</source>
        <translation>The four-way close: the client closes first and ends in TIME_WAIT for 60 s; the server passes through CLOSE_WAIT and LAST_ACK.</translation>
    </message>
    <message>
        <source>HTTP style: the server closes after its response, so the server becomes the active closer and holds TIME_WAIT.</source>
        <translation>HTTP style: the server closes after its response, so the server becomes the active closer and holds TIME_WAIT.</translation>
    </message>
    <message>
        <source>The passive side closes at once: its ACK rides on its FIN, and the close takes three segments.</source>
        <translation>The passive side closes at once: its ACK rides on its FIN, and the close takes three segments.</translation>
    </message>
    <message>
        <source>Both sides close at the same moment: FIN_WAIT1, CLOSING, then TIME_WAIT on both.</source>
        <translation>Both sides close at the same moment: FIN_WAIT1, CLOSING, then TIME_WAIT on both.</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): the client stops sending but keeps reading (half-close); its FIN_WAIT2 has no timer.</source>
        <translation>shutdown(SHUT_WR): the client stops sending but keeps reading (half-close); its FIN_WAIT2 has no timer.</translation>
    </message>
    <message>
        <source>Everything from the server is lost: the client&apos;s FIN is retransmitted with doubling timeouts until its retry budget ends.</source>
        <translation>Everything from the server is lost: the client&apos;s FIN is retransmitted with doubling timeouts until its retry budget ends.</translation>
    </message>
    <message>
        <source>The server never calls close() (a CLOSE_WAIT bug): the client&apos;s orphaned FIN_WAIT2 ends after tcp_fin_timeout.</source>
        <translation>The server never calls close() (a CLOSE_WAIT bug): the client&apos;s orphaned FIN_WAIT2 ends after tcp_fin_timeout.</translation>
    </message>
    <message>
        <source>The client&apos;s last ACK is lost: LAST_ACK retransmits its FIN and TIME_WAIT answers it again; this is why TIME_WAIT exists.</source>
        <translation>The client&apos;s last ACK is lost: LAST_ACK retransmits its FIN and TIME_WAIT answers it again; this is why TIME_WAIT exists.</translation>
    </message>
    <message>
        <source>Why 2MSL: a delayed duplicate from an old connection meets a new connection on the same four-tuple.</source>
        <translation>Why 2MSL: a delayed duplicate from an old connection meets a new connection on the same four-tuple.</translation>
    </message>
    <message>
        <source>The server closes first, restarts and binds its port again: EADDRINUSE while its TIME_WAIT lives, unless SO_REUSEADDR.</source>
        <translation>The server closes first, restarts and binds its port again: EADDRINUSE while its TIME_WAIT lives, unless SO_REUSEADDR.</translation>
    </message>
    <message>
        <source>SO_LINGER with a zero timeout: close() sends RST instead of FIN, and there is no TIME_WAIT.</source>
        <translation>SO_LINGER with a zero timeout: close() sends RST instead of FIN, and there is no TIME_WAIT.</translation>
    </message>
    <message>
        <source>close() with unread data in the receive queue: the kernel answers with RST, not FIN.</source>
        <translation>close() with unread data in the receive queue: the kernel answers with RST, not FIN.</translation>
    </message>
    <message>
        <source>connect() to a port nobody listens on: RST, and connect() fails with ECONNREFUSED.</source>
        <translation>connect() to a port nobody listens on: RST, and connect() fails with ECONNREFUSED.</translation>
    </message>
    <message>
        <source>Data reaches a socket whose application has closed it: RST, then the writer gets EPIPE.</source>
        <translation>Data reaches a socket whose application has closed it: RST, then the writer gets EPIPE.</translation>
    </message>
    <message>
        <source>The server host dies silently: the client&apos;s data is retransmitted until tcp_retries2 gives up (about 15 minutes).</source>
        <translation>The server host dies silently: the client&apos;s data is retransmitted until tcp_retries2 gives up (about 15 minutes).</translation>
    </message>
    <message>
        <source>The server process dies: its kernel closes the socket with a FIN; the client&apos;s next write meets an RST.</source>
        <translation>The server process dies: its kernel closes the socket with a FIN; the client&apos;s next write meets an RST.</translation>
    </message>
    <message>
        <source>The handshake&apos;s last ACK is lost: the server retransmits its SYN-ACK up to tcp_synack_retries times.</source>
        <translation>The handshake&apos;s last ACK is lost: the server retransmits its SYN-ACK up to tcp_synack_retries times.</translation>
    </message>
    <message>
        <source>Every SYN is dropped: SYN retransmissions, then connect() fails with ETIMEDOUT.</source>
        <translation>Every SYN is dropped: SYN retransmissions, then connect() fails with ETIMEDOUT.</translation>
    </message>
    <message>
        <source>An idle connection to a vanished peer: keepalive probes, then a reset with ETIMEDOUT.</source>
        <translation>An idle connection to a vanished peer: keepalive probes, then a reset with ETIMEDOUT.</translation>
    </message>
    <message>
        <source>A firewall forgets an idle connection; the next write vanishes (or is reset).</source>
        <translation>A firewall forgets an idle connection; the next write vanishes (or is reset).</translation>
    </message>
    <message>
        <source>The FIN waits behind data the peer cannot take (zero window): an orphan probing until tcp_orphan_retries.</source>
        <translation>The FIN waits behind data the peer cannot take (zero window): an orphan probing until tcp_orphan_retries.</translation>
    </message>
    <message>
        <source>200 connections per second closed by the client: TIME_WAIT stops growing at tcp_max_tw_buckets.</source>
        <translation>200 connections per second closed by the client: TIME_WAIT stops growing at tcp_max_tw_buckets.</translation>
    </message>
    <message>
        <source>1000 connections per second to one server port: the client&apos;s ports all sit in TIME_WAIT and connect() fails with EADDRNOTAVAIL.</source>
        <translation>1000 connections per second to one server port: the client&apos;s ports all sit in TIME_WAIT and connect() fails with EADDRNOTAVAIL.</translation>
    </message>
    <message>
        <source>The same load with tcp_tw_reuse = 1: ports in TIME_WAIT are taken again after tcp_tw_reuse_delay.</source>
        <translation>The same load with tcp_tw_reuse = 1: ports in TIME_WAIT are taken again after tcp_tw_reuse_delay.</translation>
    </message>
    <message>
        <source>A tenth of the server&apos;s handlers never close: CLOSE_WAIT grows until ulimit -n, then accept() fails with EMFILE.</source>
        <translation>A tenth of the server&apos;s handlers never close: CLOSE_WAIT grows until ulimit -n, then accept() fails with EMFILE.</translation>
    </message>
    <message>
        <source>The server closes and its clients vanish: orphans pile up past tcp_max_orphans and are reset.</source>
        <translation>The server closes and its clients vanish: orphans pile up past tcp_max_orphans and are reset.</translation>
    </message>
    <message>
        <source>Kernels before 4.12: tcp_tw_recycle drops SYNs from clients behind one NAT address.</source>
        <translation>Kernels before 4.12: tcp_tw_recycle drops SYNs from clients behind one NAT address.</translation>
    </message>
    <message>
        <source>Seed 001&apos;s load test, scaled down: the clients run out of ports while the server keeps serving past its bucket limit.</source>
        <translation>Seed 001&apos;s load test, scaled down: the clients run out of ports while the server keeps serving past its bucket limit.</translation>
    </message>
    <message>
        <source>A workload of your own: set rate, duration, clients and who closes in the scenario options.</source>
        <translation>A workload of your own: set rate, duration, clients and who closes in the scenario options.</translation>
    </message>
    <message>
        <source>Let the server wait 5 s before close(): watch the client sit in FIN_WAIT2 (half-closed) meanwhile.</source>
        <translation>Let the server wait 5 s before close(): watch the client sit in FIN_WAIT2 (half-closed) meanwhile.</translation>
    </message>
    <message>
        <source>Lower tcp_fin_timeout to 10 s: TIME_WAIT still lasts 60 s, the parameter does not shorten it.</source>
        <translation>Lower tcp_fin_timeout to 10 s: TIME_WAIT still lasts 60 s, the parameter does not shorten it.</translation>
    </message>
    <message>
        <source>Lose 30 % of the server&apos;s segments: watch the retransmission chart and the RTO doubling.</source>
        <translation>Lose 30 % of the server&apos;s segments: watch the retransmission chart and the RTO doubling.</translation>
    </message>
    <message>
        <source>The client closes 2 s later: the server&apos;s FIN_WAIT2 lasts 2 s, TIME_WAIT is still on the server.</source>
        <translation>The client closes 2 s later: the server&apos;s FIN_WAIT2 lasts 2 s, TIME_WAIT is still on the server.</translation>
    </message>
    <message>
        <source>No TIME_WAIT buckets: the server&apos;s socket skips TIME_WAIT and is destroyed at once.</source>
        <translation>No TIME_WAIT buckets: the server&apos;s socket skips TIME_WAIT and is destroyed at once.</translation>
    </message>
    <message>
        <source>A 50 ms network: the three segments spread out; TIME_WAIT is still 60 s.</source>
        <translation>A 50 ms network: the three segments spread out; TIME_WAIT is still 60 s.</translation>
    </message>
    <message>
        <source>Drop the server&apos;s first FIN: watch LAST_ACK retransmit it after an RTO.</source>
        <translation>Drop the server&apos;s first FIN: watch LAST_ACK retransmit it after an RTO.</translation>
    </message>
    <message>
        <source>Both use shutdown() instead of close(): the sockets are not orphans.</source>
        <translation>Both use shutdown() instead of close(): the sockets are not orphans.</translation>
    </message>
    <message>
        <source>A 20 ms network: both FINs cross in flight and both sides pass CLOSING.</source>
        <translation>A 20 ms network: both FINs cross in flight and both sides pass CLOSING.</translation>
    </message>
    <message>
        <source>The server keeps sending for 20 s: FIN_WAIT2 has no timer after shutdown(), it waits as long as needed.</source>
        <translation>The server keeps sending for 20 s: FIN_WAIT2 has no timer after shutdown(), it waits as long as needed.</translation>
    </message>
    <message>
        <source>tcp_fin_timeout 5 s: nothing changes, the socket is not an orphan.</source>
        <translation>tcp_fin_timeout 5 s: nothing changes, the socket is not an orphan.</translation>
    </message>
    <message>
        <source>tcp_orphan_retries 0: the kernel reads it as 8, count the FIN markers.</source>
        <translation>tcp_orphan_retries 0: the kernel reads it as 8, count the FIN markers.</translation>
    </message>
    <message>
        <source>shutdown() instead of close(): not an orphan, so tcp_retries2 (15) limits the FIN.</source>
        <translation>shutdown() instead of close(): not an orphan, so tcp_retries2 (15) limits the FIN.</translation>
    </message>
    <message>
        <source>tcp_fin_timeout 10 s: the FIN_WAIT2 timer bar shrinks to 10 s.</source>
        <translation>tcp_fin_timeout 10 s: the FIN_WAIT2 timer bar shrinks to 10 s.</translation>
    </message>
    <message>
        <source>shutdown() instead of close(): FIN_WAIT2 has no timer and never ends.</source>
        <translation>shutdown() instead of close(): FIN_WAIT2 has no timer and never ends.</translation>
    </message>
    <message>
        <source>Lose three last ACKs: each FIN retransmission restarts TIME_WAIT&apos;s 60 s.</source>
        <translation>Lose three last ACKs: each FIN retransmission restarts TIME_WAIT&apos;s 60 s.</translation>
    </message>
    <message>
        <source>No TIME_WAIT: the retransmitted FIN meets no socket and the server gets an RST.</source>
        <translation>No TIME_WAIT: the retransmitted FIN meets no socket and the server gets an RST.</translation>
    </message>
    <message>
        <source>Without TIME_WAIT the old duplicate is accepted by the new connection.</source>
        <translation>Without TIME_WAIT the old duplicate is accepted by the new connection.</translation>
    </message>
    <message>
        <source>Reconnect after 2 s: the old segment has died by then.</source>
        <translation>Reconnect after 2 s: the old segment has died by then.</translation>
    </message>
    <message>
        <source>Set SO_REUSEADDR: bind() succeeds despite the TIME_WAIT socket.</source>
        <translation>Set SO_REUSEADDR: bind() succeeds despite the TIME_WAIT socket.</translation>
    </message>
    <message>
        <source>No TIME_WAIT buckets: nothing holds the port, bind() succeeds.</source>
        <translation>No TIME_WAIT buckets: nothing holds the port, bind() succeeds.</translation>
    </message>
    <message>
        <source>Lose half the server&apos;s segments: an RST is never retransmitted.</source>
        <translation>Lose half the server&apos;s segments: an RST is never retransmitted.</translation>
    </message>
    <message>
        <source>A 100 ms network: the RST ends the connection at once, no TIME_WAIT.</source>
        <translation>A 100 ms network: the RST ends the connection at once, no TIME_WAIT.</translation>
    </message>
    <message>
        <source>A 100 ms network: watch the unread data turn close() into an RST.</source>
        <translation>A 100 ms network: watch the unread data turn close() into an RST.</translation>
    </message>
    <message>
        <source>Drop the RST: the peer only notices at its next segment.</source>
        <translation>Drop the RST: the peer only notices at its next segment.</translation>
    </message>
    <message>
        <source>Drop the RST: connect() retries its SYN instead of failing at once.</source>
        <translation>Drop the RST: connect() retries its SYN instead of failing at once.</translation>
    </message>
    <message>
        <source>tcp_syn_retries 2: with the RST lost too, connect() gives up sooner.</source>
        <translation>tcp_syn_retries 2: with the RST lost too, connect() gives up sooner.</translation>
    </message>
    <message>
        <source>A 50 ms network: the data and the RST cross in flight.</source>
        <translation>A 50 ms network: the data and the RST cross in flight.</translation>
    </message>
    <message>
        <source>The server reboots at 30 s: the next retransmission meets an RST.</source>
        <translation>The server reboots at 30 s: the next retransmission meets an RST.</translation>
    </message>
    <message>
        <source>A 50 ms network: the FIN of the dying process and the client&apos;s write cross.</source>
        <translation>A 50 ms network: the FIN of the dying process and the client&apos;s write cross.</translation>
    </message>
    <message>
        <source>tcp_synack_retries 2: the request leaves the SYN queue after 7 s instead of 63 s.</source>
        <translation>tcp_synack_retries 2: the request leaves the SYN queue after 7 s instead of 63 s.</translation>
    </message>
    <message>
        <source>The network heals at 3 s: the next SYN-ACK completes the handshake.</source>
        <translation>The network heals at 3 s: the next SYN-ACK completes the handshake.</translation>
    </message>
    <message>
        <source>tcp_syn_retries 2: connect() fails much sooner.</source>
        <translation>tcp_syn_retries 2: connect() fails much sooner.</translation>
    </message>
    <message>
        <source>No linear timeouts: the SYN timeouts double from the first retry.</source>
        <translation>No linear timeouts: the SYN timeouts double from the first retry.</translation>
    </message>
    <message>
        <source>tcp_keepalive_time 60 s: the first probe comes after a minute, not two hours.</source>
        <translation>tcp_keepalive_time 60 s: the first probe comes after a minute, not two hours.</translation>
    </message>
    <message>
        <source>Three probes: the reset comes after three unanswered probes.</source>
        <translation>Three probes: the reset comes after three unanswered probes.</translation>
    </message>
    <message>
        <source>No SO_KEEPALIVE: the dead peer is never noticed.</source>
        <translation>No SO_KEEPALIVE: the dead peer is never noticed.</translation>
    </message>
    <message>
        <source>Turn on keepalive: does a probe come before the firewall forgets?</source>
        <translation>Turn on keepalive: does a probe come before the firewall forgets?</translation>
    </message>
    <message>
        <source>The firewall resets instead of dropping: the write fails at once.</source>
        <translation>The firewall resets instead of dropping: the write fails at once.</translation>
    </message>
    <message>
        <source>A larger receive buffer: the window opens later, watch the probes.</source>
        <translation>A larger receive buffer: the window opens later, watch the probes.</translation>
    </message>
    <message>
        <source>2000 buckets: the TIME_WAIT plateau drops to the new dashed line.</source>
        <translation>2000 buckets: the TIME_WAIT plateau drops to the new dashed line.</translation>
    </message>
    <message>
        <source>50 connections per second: TIME_WAIT stays under the limit (50 × 60 = 3000).</source>
        <translation>50 connections per second: TIME_WAIT stays under the limit (50 × 60 = 3000).</translation>
    </message>
    <message>
        <source>Seed 001&apos;s wider port range: the failures start later.</source>
        <translation>Seed 001&apos;s wider port range: the failures start later.</translation>
    </message>
    <message>
        <source>tcp_tw_reuse 1: TIME_WAIT ports are reused and connect() keeps succeeding.</source>
        <translation>tcp_tw_reuse 1: TIME_WAIT ports are reused and connect() keeps succeeding.</translation>
    </message>
    <message>
        <source>tcp_tw_reuse 0: the ports run out as in port_exhaustion.</source>
        <translation>tcp_tw_reuse 0: the ports run out as in port_exhaustion.</translation>
    </message>
    <message>
        <source>No timestamps: reuse is not safe, so it does not happen.</source>
        <translation>No timestamps: reuse is not safe, so it does not happen.</translation>
    </message>
    <message>
        <source>ulimit -n 4096: CLOSE_WAIT grows for longer before accept() fails.</source>
        <translation>ulimit -n 4096: CLOSE_WAIT grows for longer before accept() fails.</translation>
    </message>
    <message>
        <source>Fix the bug (leak 0): CLOSE_WAIT stays near zero.</source>
        <translation>Fix the bug (leak 0): CLOSE_WAIT stays near zero.</translation>
    </message>
    <message>
        <source>listen(128): the accept queue holds more before it overflows.</source>
        <translation>listen(128): the accept queue holds more before it overflows.</translation>
    </message>
    <message>
        <source>No SYN cookies: the real client&apos;s SYNs are dropped.</source>
        <translation>No SYN cookies: the real client&apos;s SYNs are dropped.</translation>
    </message>
    <message>
        <source>tcp_synack_retries 1: spoofed requests leave the SYN queue sooner.</source>
        <translation>tcp_synack_retries 1: spoofed requests leave the SYN queue sooner.</translation>
    </message>
    <message>
        <source>Seed 003&apos;s tcp_max_orphans 16384: the dashed limit moves up.</source>
        <translation>Seed 003&apos;s tcp_max_orphans 16384: the dashed limit moves up.</translation>
    </message>
    <message>
        <source>tcp_orphan_retries 1: orphans die sooner and fewer pile up.</source>
        <translation>tcp_orphan_retries 1: orphans die sooner and fewer pile up.</translation>
    </message>
    <message>
        <source>tcp_tw_recycle 0 (every kernel since 4.12): the NAT clients connect again.</source>
        <translation>tcp_tw_recycle 0 (every kernel since 4.12): the NAT clients connect again.</translation>
    </message>
    <message>
        <source>No NAT: each client has its own timestamps and nothing is dropped.</source>
        <translation>No NAT: each client has its own timestamps and nothing is dropped.</translation>
    </message>
    <message>
        <source>tcp_tw_reuse 1 on the clients: the port failures stop.</source>
        <translation>tcp_tw_reuse 1 on the clients: the port failures stop.</translation>
    </message>
    <message>
        <source>Seed 001&apos;s 81920 buckets: watch where TIME_WAIT levels off.</source>
        <translation>Seed 001&apos;s 81920 buckets: watch where TIME_WAIT levels off.</translation>
    </message>
    <message>
        <source>The server closes first: TIME_WAIT moves to the server.</source>
        <translation>The server closes first: TIME_WAIT moves to the server.</translation>
    </message>
    <message>
        <source>2000 connections per second: watch the ports run out.</source>
        <translation>2000 connections per second: watch the ports run out.</translation>
    </message>
    <message>
        <source>Retransmission and timeouts</source>
        <translation>Retransmission and timeouts</translation>
    </message>
    <message>
        <source>TIME_WAIT and ports</source>
        <translation>TIME_WAIT and ports</translation>
    </message>
    <message>
        <source>RST</source>
        <translation>RST</translation>
    </message>
    <message>
        <source>Handshake and queues</source>
        <translation>Handshake and queues</translation>
    </message>
    <message>
        <source>Keepalive and middleboxes</source>
        <translation>Keepalive and middleboxes</translation>
    </message>
    <message>
        <source>Many connections</source>
        <translation>Many connections</translation>
    </message>
    <message>
        <source>listen(8) and no accept(): the accept queue fills and later handshakes are dropped.</source>
        <translation>listen(8) and no accept(): the accept queue fills and later handshakes are dropped.</translation>
    </message>
    <message>
        <source>Spoofed SYNs fill the SYN queue; with tcp_syncookies a real client still gets through.</source>
        <translation>Spoofed SYNs fill the SYN queue; with tcp_syncookies a real client still gets through.</translation>
    </message>
    <message>
        <source>tcp_retries2 5: the client gives up after about 13 s instead of 15 minutes.</source>
        <translation>tcp_retries2 5: the client gives up after about 13 s instead of 15 minutes.</translation>
    </message>
    <message>
        <source>Normal close (four-way handshake)</source>
        <translation>Normal close (four-way handshake)</translation>
    </message>
    <message>
        <source>tcp_orphan_retries 2: the orphan gives up sooner, after fewer FIN retransmissions.</source>
        <translation>tcp_orphan_retries 2: the orphan gives up sooner, after fewer FIN retransmissions.</translation>
    </message>
    <message>
        <source>Drop the client&apos;s first RST: the next data segment provokes another.</source>
        <translation>Drop the client&apos;s first RST: the next data segment provokes another.</translation>
    </message>
    <message>
        <source>Drop the server&apos;s FIN: the client never learns the process died; its write meets the RST.</source>
        <translation>Drop the server&apos;s FIN: the client never learns the process died; its write meets the RST.</translation>
    </message>
    <message>
        <source>tcp_rto_max_ms 1000: the probes&apos; backoff stops at 1 s and the orphan gives up within seconds.</source>
        <translation>tcp_rto_max_ms 1000: the probes&apos; backoff stops at 1 s and the orphan gives up within seconds.</translation>
    </message>
    <message>
        <source>tcp_abort_on_overflow 1: still no RST here, new SYNs are dropped while the queue is full.</source>
        <translation>tcp_abort_on_overflow 1: still no RST here, new SYNs are dropped while the queue is full.</translation>
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
    <name>SegmentNamesMenu</name>
    <message>
        <source>Segment &amp;Names</source>
        <translation>Segment &amp;Names</translation>
    </message>
    <message>
        <source>&amp;Plain Words</source>
        <translation>&amp;Plain Words</translation>
    </message>
    <message>
        <source>&amp;tcpdump Notation</source>
        <extracomment>&quot;FIN&quot; → &quot;F. seq 6 ack 7&quot;, as tcpdump prints segments</extracomment>
        <translation>&amp;tcpdump Notation</translation>
    </message>
    <message>
        <source>Name segments in words: FIN, ACK of the FIN, data 100 B</source>
        <translation>Name segments in words: FIN, ACK of the FIN, data 100 B</translation>
    </message>
    <message>
        <source>Name segments as tcpdump prints them: F. seq 6 ack 7</source>
        <translation>Name segments as tcpdump prints them: F. seq 6 ack 7</translation>
    </message>
</context>
<context>
    <name>SegmentText</name>
    <message>
        <source>keepalive probe</source>
        <translation>keepalive probe</translation>
    </message>
    <message>
        <source>FIN with data %1 B</source>
        <extracomment>A FIN that carries data: %1 bytes</extracomment>
        <translation>FIN with data %1 B</translation>
    </message>
    <message>
        <source>data %1 B</source>
        <extracomment>A data segment of %1 bytes</extracomment>
        <translation>data %1 B</translation>
    </message>
    <message>
        <source>ACK of the FIN</source>
        <translation>ACK of the FIN</translation>
    </message>
    <message>
        <source>ACK of the SYN-ACK</source>
        <translation>ACK of the SYN-ACK</translation>
    </message>
    <message>
        <source>1st</source>
        <extracomment>Ordinals, as in &quot;retransmitted FIN (2nd)&quot;; Chinese 第一次, 第二次…</extracomment>
        <translation>1st</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2nd</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3rd</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4th</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>5th</translation>
    </message>
    <message>
        <source>6th</source>
        <translation>6th</translation>
    </message>
    <message>
        <source>7th</source>
        <translation>7th</translation>
    </message>
    <message>
        <source>8th</source>
        <translation>8th</translation>
    </message>
    <message>
        <source>9th</source>
        <translation>9th</translation>
    </message>
    <message>
        <source>10th</source>
        <translation>10th</translation>
    </message>
    <message>
        <source>%1st</source>
        <translation>%1st</translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation>%1nd</translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation>%1rd</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1th</translation>
    </message>
    <message>
        <source>zero-window probe</source>
        <translation>zero-window probe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A probe and which one it is: %1 &quot;keepalive probe&quot;, %2 an ordinal (&quot;2nd&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>retransmitted %1</source>
        <extracomment>A segment sent again: %1 its name (FIN, data 100 B, SYN)</extracomment>
        <translation>retransmitted %1</translation>
    </message>
    <message>
        <source>retransmitted %1 (%2)</source>
        <extracomment>A segment sent again: %1 its name (FIN), %2 which retransmission (&quot;2nd&quot; for the third transmission)</extracomment>
        <translation>retransmitted %1 (%2)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <extracomment>A short label of a segment sent again or a later probe: %1 its name (FIN), %2 which transmission (3)</extracomment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>The frame number of a captured segment (as Wireshark numbers frames), shown beside its arrow</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>data</source>
        <extracomment>A data segment in a label with little room (its size left out), as in &quot;data #3&quot;</extracomment>
        <translation>data</translation>
    </message>
</context>
<context>
    <name>SequenceDiagramView</name>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>length</source>
        <translation>length</translation>
    </message>
    <message>
        <source>sent at</source>
        <translation>sent at</translation>
    </message>
    <message>
        <source>arrives at</source>
        <translation>arrives at</translation>
    </message>
    <message>
        <source>lost at</source>
        <translation>lost at</translation>
    </message>
    <message>
        <source>transmission</source>
        <translation>transmission</translation>
    </message>
    <message>
        <source>retransmission of</source>
        <translation>retransmission of</translation>
    </message>
    <message>
        <source>RST reason</source>
        <translation>RST reason</translation>
    </message>
    <message>
        <source>Show the Whole Run</source>
        <translation>Show the Whole Run</translation>
    </message>
    <message>
        <source>Also draw, faded, what has not happened yet</source>
        <translation>Also draw, faded, what has not happened yet</translation>
    </message>
    <message>
        <source>Proportional Time</source>
        <translation>Proportional Time</translation>
    </message>
    <message>
        <source>Draw time to scale instead of compressing idle stretches</source>
        <translation>Draw time to scale instead of compressing idle stretches</translation>
    </message>
    <message>
        <source>… %1 later …</source>
        <translation>… %1 later …</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>%1 later</source>
        <extracomment>An idle stretch left out of the diagram, where &quot;… %1 later …&quot; does not fit</extracomment>
        <translation>%1 later</translation>
    </message>
</context>
<context>
    <name>ServerHealthWindow</name>
    <message>
        <source>The main window is gone.</source>
        <translation>The main window is gone.</translation>
    </message>
    <message>
        <source>Open %1 with the snapshot&apos;s sysctls</source>
        <translation>Open %1 with the snapshot&apos;s sysctls</translation>
    </message>
    <message>
        <source>Simulate the server snapshot</source>
        <translation>Simulate the server snapshot</translation>
    </message>
    <message>
        <source>Server Health</source>
        <translation>Server Health</translation>
    </message>
</context>
<context>
    <name>ServerImportDialog</name>
    <message>
        <source>pasted text</source>
        <translation>pasted text</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Could not read: %1</translation>
    </message>
    <message>
        <source>Choose ss, netstat, nstat, /proc/net or sysctl output</source>
        <translation>Choose ss, netstat, nstat, /proc/net or sysctl output</translation>
    </message>
    <message>
        <source>Paste some text or add a file first.</source>
        <translation>Paste some text or add a file first.</translation>
    </message>
    <message>
        <source>Nothing here was understood. Expected the output of ss -tan, ss -s, netstat -s, nstat -az, cat /proc/net/sockstat (netstat, snmp, tcp), sysctl -a, ulimit -n or dmesg.</source>
        <translation>Nothing here was understood. Expected the output of ss -tan, ss -s, netstat -s, nstat -az, cat /proc/net/sockstat (netstat, snmp, tcp), sysctl -a, ulimit -n or dmesg.</translation>
    </message>
    <message>
        <source>Import Server Snapshot</source>
        <translation>Import Server Snapshot</translation>
    </message>
    <message>
        <source>Paste what the server printed, several commands one after another (their prompts separate them), or add files: ss -tan (or -tano), ss -ltn, ss -s, netstat -ant, netstat -s, nstat -az, /proc/net/sockstat, /proc/net/netstat, /proc/net/snmp, /proc/net/tcp and tcp6, sysctl -a, ulimit -n, dmesg. Lines that are not understood are counted and shown, never fatal.</source>
        <translation>Paste what the server printed, several commands one after another (their prompts separate them), or add files: ss -tan (or -tano), ss -ltn, ss -s, netstat -ant, netstat -s, nstat -az, /proc/net/sockstat, /proc/net/netstat, /proc/net/snmp, /proc/net/tcp and tcp6, sysctl -a, ulimit -n, dmesg. Lines that are not understood are counted and shown, never fatal.</translation>
    </message>
    <message>
        <source>$ ss -tan
State      Recv-Q Send-Q Local Address:Port Peer Address:Port
…</source>
        <translation>$ ss -tan
State      Recv-Q Send-Q Local Address:Port Peer Address:Port
…</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Add Files…</translation>
    </message>
    <message>
        <source>Idle timeout of a load balancer, NAT or firewall in front (s, 0: none):</source>
        <translation>Idle timeout of a load balancer, NAT or firewall in front (s, 0: none):</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ServerMenus</name>
    <message>
        <source>--server-snapshot: cannot read %1: %2</source>
        <translation>--server-snapshot: cannot read %1: %2</translation>
    </message>
    <message>
        <source>--server-snapshot: nothing understood in %1</source>
        <translation>--server-snapshot: nothing understood in %1</translation>
    </message>
    <message>
        <source>Import Server &amp;Snapshot…</source>
        <translation>Import Server &amp;Snapshot…</translation>
    </message>
    <message>
        <source>Paste or open ss, netstat, nstat, /proc/net and sysctl output and get a diagnosis</source>
        <translation>Paste or open ss, netstat, nstat, /proc/net and sysctl output and get a diagnosis</translation>
    </message>
    <message>
        <source>This &amp;Machine</source>
        <translation>This &amp;Machine</translation>
    </message>
    <message>
        <source>Sockets and counters of this machine, sampled every second (read only)</source>
        <translation>Sockets and counters of this machine, sampled every second (read only)</translation>
    </message>
</context>
<context>
    <name>ServerTexts</name>
    <message>
        <source>Connections left in CLOSE_WAIT</source>
        <translation>Connections left in CLOSE_WAIT</translation>
    </message>
    <message>
        <source>The peers closed their side, but the application never called close() on these sockets. No timer ends CLOSE_WAIT: each one holds a file descriptor until the process closes it or exits.</source>
        <translation>The peers closed their side, but the application never called close() on these sockets. No timer ends CLOSE_WAIT: each one holds a file descriptor until the process closes it or exits.</translation>
    </message>
    <message>
        <source>Find the code path that does not close a socket after read() returned 0: an error path, a leaked pool entry.</source>
        <translation>Find the code path that does not close a socket after read() returned 0: an error path, a leaked pool entry.</translation>
    </message>
    <message>
        <source>No sysctl ends CLOSE_WAIT: tcp_fin_timeout, keepalive and tcp_max_orphans do not touch it.</source>
        <translation>No sysctl ends CLOSE_WAIT: tcp_fin_timeout, keepalive and tcp_max_orphans do not touch it.</translation>
    </message>
    <message>
        <source>Ephemeral ports toward one destination running out</source>
        <translation>Ephemeral ports toward one destination running out</translation>
    </message>
    <message>
        <source>Every connection to the same destination needs its own local port from ip_local_port_range; TIME_WAIT keeps a port for 60 s. When none is free, connect() fails with EADDRNOTAVAIL.</source>
        <translation>Every connection to the same destination needs its own local port from ip_local_port_range; TIME_WAIT keeps a port for 60 s. When none is free, connect() fails with EADDRNOTAVAIL.</translation>
    </message>
    <message>
        <source>Reuse connections (keep-alive, a pool), widen ip_local_port_range, add destination addresses, or let the server close first; tcp_tw_reuse=1 lets connect() reuse TIME_WAIT ports when timestamps are on.</source>
        <translation>Reuse connections (keep-alive, a pool), widen ip_local_port_range, add destination addresses, or let the server close first; tcp_tw_reuse=1 lets connect() reuse TIME_WAIT ports when timestamps are on.</translation>
    </message>
    <message>
        <source>Do not enable tcp_tw_recycle (removed in Linux 4.12, it broke clients behind NAT); TIME_WAIT&apos;s 60 s cannot be shortened by a sysctl.</source>
        <translation>Do not enable tcp_tw_recycle (removed in Linux 4.12, it broke clients behind NAT); TIME_WAIT&apos;s 60 s cannot be shortened by a sysctl.</translation>
    </message>
    <message>
        <source>TIME_WAIT bucket table full</source>
        <translation>TIME_WAIT bucket table full</translation>
    </message>
    <message>
        <source>Past tcp_max_tw_buckets the kernel closes a socket at once instead of keeping it in TIME_WAIT and counts TCPTimeWaitOverflow (old kernels logged &quot;time wait bucket table overflow&quot;).</source>
        <translation>Past tcp_max_tw_buckets the kernel closes a socket at once instead of keeping it in TIME_WAIT and counts TCPTimeWaitOverflow (old kernels logged &quot;time wait bucket table overflow&quot;).</translation>
    </message>
    <message>
        <source>Raise tcp_max_tw_buckets above the TIME_WAIT count (about 200 bytes each), or make fewer short connections.</source>
        <translation>Raise tcp_max_tw_buckets above the TIME_WAIT count (about 200 bytes each), or make fewer short connections.</translation>
    </message>
    <message>
        <source>The overflow is not a cure: sockets that skip TIME_WAIT let late segments reach a new connection.</source>
        <translation>The overflow is not a cure: sockets that skip TIME_WAIT let late segments reach a new connection.</translation>
    </message>
    <message>
        <source>Accept queue full</source>
        <translation>Accept queue full</translation>
    </message>
    <message>
        <source>Finished handshakes wait in the accept queue (全连接队列) until accept() takes them. When it holds more than the backlog, new handshakes are dropped and the clients retry.</source>
        <translation>Finished handshakes wait in the accept queue (全连接队列) until accept() takes them. When it holds more than the backlog, new handshakes are dropped and the clients retry.</translation>
    </message>
    <message>
        <source>Accept faster (more workers, nothing slow before accept()) and raise the listen() backlog together with net.core.somaxconn, which caps it.</source>
        <translation>Accept faster (more workers, nothing slow before accept()) and raise the listen() backlog together with net.core.somaxconn, which caps it.</translation>
    </message>
    <message>
        <source>Do not set tcp_abort_on_overflow=1 to hide it: clients then get RSTs.</source>
        <translation>Do not set tcp_abort_on_overflow=1 to hide it: clients then get RSTs.</translation>
    </message>
    <message>
        <source>SYN queue full (SYN flood or a burst)</source>
        <translation>SYN queue full (SYN flood or a burst)</translation>
    </message>
    <message>
        <source>Half-open requests wait in the SYN queue (半连接队列). When it is full the kernel answers with SYN cookies (tcp_syncookies) or drops the SYN.</source>
        <translation>Half-open requests wait in the SYN queue (半连接队列). When it is full the kernel answers with SYN cookies (tcp_syncookies) or drops the SYN.</translation>
    </message>
    <message>
        <source>Keep tcp_syncookies=1, raise the backlog, somaxconn and tcp_max_syn_backlog; filter a flood upstream.</source>
        <translation>Keep tcp_syncookies=1, raise the backlog, somaxconn and tcp_max_syn_backlog; filter a flood upstream.</translation>
    </message>
    <message>
        <source>Do not turn SYN cookies off on a server that can be flooded.</source>
        <translation>Do not turn SYN cookies off on a server that can be flooded.</translation>
    </message>
    <message>
        <source>Orphan sockets near tcp_max_orphans</source>
        <translation>Orphan sockets near tcp_max_orphans</translation>
    </message>
    <message>
        <source>Orphans (孤儿连接) are sockets the application closed that still wait for the peer. Past tcp_max_orphans the kernel resets them (&quot;too many orphaned sockets&quot;).</source>
        <translation>Orphans (孤儿连接) are sockets the application closed that still wait for the peer. Past tcp_max_orphans the kernel resets them (&quot;too many orphaned sockets&quot;).</translation>
    </message>
    <message>
        <source>Find why peers do not answer the FIN; lower tcp_orphan_retries or raise tcp_max_orphans if memory allows.</source>
        <translation>Find why peers do not answer the FIN; lower tcp_orphan_retries or raise tcp_max_orphans if memory allows.</translation>
    </message>
    <message>
        <source>tcp_orphan_retries=0 does not mean no retries: the kernel reads it as 8.</source>
        <translation>tcp_orphan_retries=0 does not mean no retries: the kernel reads it as 8.</translation>
    </message>
    <message>
        <source>Many sockets in FIN_WAIT2</source>
        <translation>Many sockets in FIN_WAIT2</translation>
    </message>
    <message>
        <source>This side closed and the peer acknowledged, but the peer has not closed yet. An orphan waits tcp_fin_timeout; a socket closed with shutdown() waits for ever.</source>
        <translation>This side closed and the peer acknowledged, but the peer has not closed yet. An orphan waits tcp_fin_timeout; a socket closed with shutdown() waits for ever.</translation>
    </message>
    <message>
        <source>Look at the peers: their sockets are in CLOSE_WAIT. For orphans, tcp_fin_timeout bounds the wait.</source>
        <translation>Look at the peers: their sockets are in CLOSE_WAIT. For orphans, tcp_fin_timeout bounds the wait.</translation>
    </message>
    <message>
        <source>tcp_fin_timeout does not shorten TIME_WAIT.</source>
        <translation>tcp_fin_timeout does not shorten TIME_WAIT.</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is on</source>
        <translation>tcp_tw_recycle is on</translation>
    </message>
    <message>
        <source>Kernels before 4.12 with tcp_tw_recycle drop SYNs whose timestamp is older than the last one seen from the same address: clients behind one NAT fail to connect.</source>
        <translation>Kernels before 4.12 with tcp_tw_recycle drop SYNs whose timestamp is older than the last one seen from the same address: clients behind one NAT fail to connect.</translation>
    </message>
    <message>
        <source>Set net.ipv4.tcp_tw_recycle=0 (the sysctl was removed in 4.12).</source>
        <translation>Set net.ipv4.tcp_tw_recycle=0 (the sysctl was removed in 4.12).</translation>
    </message>
    <message>
        <source>Do not turn tcp_timestamps off instead: that also disables PAWS and tcp_tw_reuse.</source>
        <translation>Do not turn tcp_timestamps off instead: that also disables PAWS and tcp_tw_reuse.</translation>
    </message>
    <message>
        <source>Sockets near the file descriptor limit</source>
        <translation>Sockets near the file descriptor limit</translation>
    </message>
    <message>
        <source>Every socket the application holds costs a file descriptor. At ulimit -n, accept() fails with EMFILE and connections wait in the accept queue.</source>
        <translation>Every socket the application holds costs a file descriptor. At ulimit -n, accept() fails with EMFILE and connections wait in the accept queue.</translation>
    </message>
    <message>
        <source>Raise the process&apos;s limit (ulimit -n, LimitNOFILE=) and look for leaked sockets (CLOSE_WAIT).</source>
        <translation>Raise the process&apos;s limit (ulimit -n, LimitNOFILE=) and look for leaked sockets (CLOSE_WAIT).</translation>
    </message>
    <message>
        <source>fs.file-max is the system&apos;s limit, not the process&apos;s.</source>
        <translation>fs.file-max is the system&apos;s limit, not the process&apos;s.</translation>
    </message>
    <message>
        <source>Keepalive slower than the middlebox&apos;s idle timeout</source>
        <translation>Keepalive slower than the middlebox&apos;s idle timeout</translation>
    </message>
    <message>
        <source>A load balancer, NAT or firewall forgets a connection idle longer than its timeout; the first keepalive probe comes only after tcp_keepalive_time.</source>
        <translation>A load balancer, NAT or firewall forgets a connection idle longer than its timeout; the first keepalive probe comes only after tcp_keepalive_time.</translation>
    </message>
    <message>
        <source>Set TCP_KEEPIDLE (or tcp_keepalive_time) below the idle timeout, or send application pings.</source>
        <translation>Set TCP_KEEPIDLE (or tcp_keepalive_time) below the idle timeout, or send application pings.</translation>
    </message>
    <message>
        <source>The sysctl only matters for sockets that enable SO_KEEPALIVE.</source>
        <translation>The sysctl only matters for sockets that enable SO_KEEPALIVE.</translation>
    </message>
    <message>
        <source>RST from close() with unread data</source>
        <translation>RST from close() with unread data</translation>
    </message>
    <message>
        <source>close() on a socket with unread data sends RST instead of FIN (RFC 2525); the peer sees ECONNRESET and may lose the response.</source>
        <translation>close() on a socket with unread data sends RST instead of FIN (RFC 2525); the peer sees ECONNRESET and may lose the response.</translation>
    </message>
    <message>
        <source>Read the request to its end before close().</source>
        <translation>Read the request to its end before close().</translation>
    </message>
    <message>
        <source>Not a sysctl matter.</source>
        <translation>Not a sysctl matter.</translation>
    </message>
    <message>
        <source>RST from SO_LINGER or data after close</source>
        <translation>RST from SO_LINGER or data after close</translation>
    </message>
    <message>
        <source>SO_LINGER with a zero timeout resets instead of closing, and data that arrives after close() is answered with RST (TCPAbortOnData); TCP_LINGER2 &lt; 0 resets FIN_WAIT2 orphans (TCPAbortOnLinger).</source>
        <translation>SO_LINGER with a zero timeout resets instead of closing, and data that arrives after close() is answered with RST (TCPAbortOnData); TCP_LINGER2 &lt; 0 resets FIN_WAIT2 orphans (TCPAbortOnLinger).</translation>
    </message>
    <message>
        <source>Use SO_LINGER {1, 0} only where an abort is wanted.</source>
        <translation>Use SO_LINGER {1, 0} only where an abort is wanted.</translation>
    </message>
    <message>
        <source>Do not use SO_LINGER 0 as a TIME_WAIT cure.</source>
        <translation>Do not use SO_LINGER 0 as a TIME_WAIT cure.</translation>
    </message>
    <message>
        <source>CLOSE_WAIT sockets</source>
        <translation>CLOSE_WAIT sockets</translation>
    </message>
    <message>
        <source>file descriptor limit (ulimit -n)</source>
        <translation>file descriptor limit (ulimit -n)</translation>
    </message>
    <message>
        <source>local ports in use toward it</source>
        <translation>local ports in use toward it</translation>
    </message>
    <message>
        <source>ports in ip_local_port_range</source>
        <translation>ports in ip_local_port_range</translation>
    </message>
    <message>
        <source>TIME_WAIT sockets</source>
        <translation>TIME_WAIT sockets</translation>
    </message>
    <message>
        <source>TIME_WAIT ports connect() may reuse</source>
        <translation>TIME_WAIT ports connect() may reuse</translation>
    </message>
    <message>
        <source>listening socket</source>
        <translation>listening socket</translation>
    </message>
    <message>
        <source>connections waiting for accept() (Recv-Q)</source>
        <translation>connections waiting for accept() (Recv-Q)</translation>
    </message>
    <message>
        <source>backlog (Send-Q)</source>
        <translation>backlog (Send-Q)</translation>
    </message>
    <message>
        <source>SYN_RECV requests</source>
        <translation>SYN_RECV requests</translation>
    </message>
    <message>
        <source>orphan sockets</source>
        <translation>orphan sockets</translation>
    </message>
    <message>
        <source>FIN_WAIT2 sockets</source>
        <translation>FIN_WAIT2 sockets</translation>
    </message>
    <message>
        <source>sockets holding a descriptor (at most)</source>
        <translation>sockets holding a descriptor (at most)</translation>
    </message>
    <message>
        <source>middlebox idle timeout (s)</source>
        <translation>middlebox idle timeout (s)</translation>
    </message>
    <message>
        <source>kernel log</source>
        <translation>kernel log</translation>
    </message>
    <message>
        <source>sockets closed at once because the TIME_WAIT table was full</source>
        <translation>sockets closed at once because the TIME_WAIT table was full</translation>
    </message>
    <message>
        <source>handshakes dropped because an accept queue was full</source>
        <translation>handshakes dropped because an accept queue was full</translation>
    </message>
    <message>
        <source>SYNs and handshakes a listener dropped, for any reason</source>
        <translation>SYNs and handshakes a listener dropped, for any reason</translation>
    </message>
    <message>
        <source>connections ended after their retransmissions ran out</source>
        <translation>connections ended after their retransmissions ran out</translation>
    </message>
    <message>
        <source>RSTs sent by close() with unread data</source>
        <translation>RSTs sent by close() with unread data</translation>
    </message>
    <message>
        <source>RSTs for data after close(), or SO_LINGER 0</source>
        <translation>RSTs for data after close(), or SO_LINGER 0</translation>
    </message>
    <message>
        <source>orphans reset for memory or tcp_max_orphans</source>
        <translation>orphans reset for memory or tcp_max_orphans</translation>
    </message>
    <message>
        <source>FIN_WAIT2 orphans reset by TCP_LINGER2</source>
        <translation>FIN_WAIT2 orphans reset by TCP_LINGER2</translation>
    </message>
    <message>
        <source>SYN and SYN-ACK retransmissions</source>
        <translation>SYN and SYN-ACK retransmissions</translation>
    </message>
    <message>
        <source>SYN cookies sent (SYN queue full)</source>
        <translation>SYN cookies sent (SYN queue full)</translation>
    </message>
    <message>
        <source>valid SYN cookies received back</source>
        <translation>valid SYN cookies received back</translation>
    </message>
    <message>
        <source>invalid SYN cookies received</source>
        <translation>invalid SYN cookies received</translation>
    </message>
    <message>
        <source>SYNs dropped with the SYN queue full</source>
        <translation>SYNs dropped with the SYN queue full</translation>
    </message>
    <message>
        <source>SYN queue full: answered with a cookie</source>
        <translation>SYN queue full: answered with a cookie</translation>
    </message>
    <message>
        <source>sockets that entered TIME_WAIT</source>
        <translation>sockets that entered TIME_WAIT</translation>
    </message>
    <message>
        <source>TIME_WAIT sockets taken over by connect() (tcp_tw_reuse)</source>
        <translation>TIME_WAIT sockets taken over by connect() (tcp_tw_reuse)</translation>
    </message>
    <message>
        <source>orphans queued</source>
        <translation>orphans queued</translation>
    </message>
    <message>
        <source>SYNs refused for an old timestamp (tcp_tw_recycle)</source>
        <translation>SYNs refused for an old timestamp (tcp_tw_recycle)</translation>
    </message>
    <message>
        <source>connections opened with connect()</source>
        <translation>connections opened with connect()</translation>
    </message>
    <message>
        <source>connections accepted</source>
        <translation>connections accepted</translation>
    </message>
    <message>
        <source>connection attempts that failed</source>
        <translation>connection attempts that failed</translation>
    </message>
    <message>
        <source>connections reset</source>
        <translation>connections reset</translation>
    </message>
    <message>
        <source>segments retransmitted</source>
        <translation>segments retransmitted</translation>
    </message>
    <message>
        <source>RSTs sent</source>
        <translation>RSTs sent</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>StateGraphView</name>
    <message>
        <source>C</source>
        <extracomment>One-letter token on the state graph: C = client, S = server.</extracomment>
        <translation>C</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The socket is gone. Ways out of %1:</source>
        <translation>The socket is gone. Ways out of %1:</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <extracomment>A state graph&apos;s list of ways out shortened where it has no room: %1 the first items, %2 how many more (the ⊗ symbol&apos;s tooltip lists them all), as in &quot;tcp_synack_retries +1&quot;</extracomment>
        <translation>%1 +%2</translation>
    </message>
</context>
<context>
    <name>SweepLauncher</name>
    <message>
        <source>Parameter &amp;Sweep…</source>
        <translation>Parameter &amp;Sweep…</translation>
    </message>
    <message>
        <source>Run the experiment over a range of one parameter and plot an outcome against it</source>
        <translation>Run the experiment over a range of one parameter and plot an outcome against it</translation>
    </message>
</context>
<context>
    <name>SweepTexts</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Loss, both directions</source>
        <translation>Loss, both directions</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>%1 (--%2), %</source>
        <extracomment>Axis title of a probability: the parameter&apos;s name, then its option name (loss, duplicate)</extracomment>
        <translation>%1 (--%2), %</translation>
    </message>
    <message>
        <source>%1 (--%2), %3</source>
        <translation>%1 (--%2), %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <extracomment>Axis title: the parameter&apos;s name, its sysctl key, its unit</extracomment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>both hosts</source>
        <translation>both hosts</translation>
    </message>
    <message>
        <source>client only</source>
        <translation>client only</translation>
    </message>
    <message>
        <source>server only</source>
        <translation>server only</translation>
    </message>
    <message>
        <source>Time until the socket is gone</source>
        <translation>Time until the socket is gone</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Retransmissions</translation>
    </message>
    <message>
        <source>RSTs sent</source>
        <translation>RSTs sent</translation>
    </message>
    <message>
        <source>Final state</source>
        <translation>Final state</translation>
    </message>
    <message>
        <source>TIME_WAIT plateau</source>
        <translation>TIME_WAIT plateau</translation>
    </message>
    <message>
        <source>TIME_WAIT peak</source>
        <translation>TIME_WAIT peak</translation>
    </message>
    <message>
        <source>Failed connect() calls</source>
        <translation>Failed connect() calls</translation>
    </message>
    <message>
        <source>Orphans peak</source>
        <translation>Orphans peak</translation>
    </message>
    <message>
        <source>Accept queue drops (ListenDrops)</source>
        <translation>Accept queue drops (ListenDrops)</translation>
    </message>
    <message>
        <source>SYN_RECV peak</source>
        <translation>SYN_RECV peak</translation>
    </message>
    <message>
        <source>Client socket gone after (s)</source>
        <translation>Client socket gone after (s)</translation>
    </message>
    <message>
        <source>Server socket gone after (s)</source>
        <translation>Server socket gone after (s)</translation>
    </message>
    <message>
        <source>%1 retransmissions by the client</source>
        <translation>%1 retransmissions by the client</translation>
    </message>
    <message>
        <source>%1 retransmissions by the server</source>
        <translation>%1 retransmissions by the server</translation>
    </message>
    <message>
        <source>Retransmissions by the client</source>
        <translation>Retransmissions by the client</translation>
    </message>
    <message>
        <source>Retransmissions by the server</source>
        <translation>Retransmissions by the server</translation>
    </message>
    <message>
        <source>RSTs sent by the client</source>
        <translation>RSTs sent by the client</translation>
    </message>
    <message>
        <source>RSTs sent by the server</source>
        <translation>RSTs sent by the server</translation>
    </message>
    <message>
        <source>Client&apos;s final state</source>
        <translation>Client&apos;s final state</translation>
    </message>
    <message>
        <source>Server&apos;s final state</source>
        <translation>Server&apos;s final state</translation>
    </message>
    <message>
        <source>TIME_WAIT plateau (sockets, both hosts)</source>
        <translation>TIME_WAIT plateau (sockets, both hosts)</translation>
    </message>
    <message>
        <source>TIME_WAIT peak (sockets, both hosts)</source>
        <translation>TIME_WAIT peak (sockets, both hosts)</translation>
    </message>
    <message>
        <source>Orphans peak (sockets, both hosts)</source>
        <translation>Orphans peak (sockets, both hosts)</translation>
    </message>
    <message>
        <source>Dropped by the listener (ListenDrops)</source>
        <translation>Dropped by the listener (ListenDrops)</translation>
    </message>
    <message>
        <source>SYN_RECV peak (requests)</source>
        <translation>SYN_RECV peak (requests)</translation>
    </message>
    <message>
        <source>still there at the end of the run</source>
        <translation>still there at the end of the run</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>does not apply</translation>
    </message>
</context>
<context>
    <name>SweepWindow</name>
    <message>
        <source>Parameter Sweep — CloseLab</source>
        <translation>Parameter Sweep — CloseLab</translation>
    </message>
</context>
<context>
    <name>ThisMachineWindow</name>
    <message>
        <source>This Machine</source>
        <translation>This Machine</translation>
    </message>
    <message>
        <source>Sampled every second from /proc/net (tcp, tcp6, netstat, snmp, sockstat) and /proc/sys, read only. Sockets are this network namespace&apos;s; the file descriptor limit is CloseLab&apos;s own.</source>
        <translation>Sampled every second from /proc/net (tcp, tcp6, netstat, snmp, sockstat) and /proc/sys, read only. Sockets are this network namespace&apos;s; the file descriptor limit is CloseLab&apos;s own.</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>TimeRangeDialog</name>
    <message>
        <source>Export a Time Range</source>
        <translation>Export a Time Range</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a time in seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
</context>
<context>
    <name>ZoomController</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Actual Size (now %1 %)</source>
        <extracomment>%1: the zoom now, e.g. 150</extracomment>
        <translation>&amp;Actual Size (now %1 %)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
</context>
<context>
    <name>closelab::CompareChart</name>
    <message>
        <source>State of each endpoint (A solid, B dashed)</source>
        <translation>State of each endpoint (A solid, B dashed)</translation>
    </message>
    <message>
        <source>Retransmissions so far</source>
        <translation>Retransmissions so far</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>time (s)</translation>
    </message>
    <message>
        <source>A %1</source>
        <translation>A %1</translation>
    </message>
    <message>
        <source>B %1</source>
        <translation>B %1</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
</context>
<context>
    <name>closelab::CompareView</name>
    <message>
        <source>%1 gone at %2 (%3)</source>
        <translation>%1 gone at %2 (%3)</translation>
    </message>
    <message>
        <source>%1 in %2 at the end</source>
        <translation>%1 in %2 at the end</translation>
    </message>
    <message>
        <source>No difference in how the sockets end, what they send or how long each state lasts.</source>
        <translation>No difference in how the sockets end, what they send or how long each state lasts.</translation>
    </message>
    <message>
        <source>B has the same settings as A: change one on the left.</source>
        <translation>B has the same settings as A: change one on the left.</translation>
    </message>
    <message>
        <source>A: the experiment</source>
        <extracomment>the current experiment, as the main window shows it</extracomment>
        <translation>A: the experiment</translation>
    </message>
    <message>
        <source>B: the copy</source>
        <extracomment>the copy the user edits</extracomment>
        <translation>B: the copy</translation>
    </message>
    <message>
        <source>Proportional time (both diagrams)</source>
        <translation>Proportional time (both diagrams)</translation>
    </message>
    <message>
        <source>What B changes</source>
        <translation>What B changes</translation>
    </message>
    <message>
        <source>How B turns out differently</source>
        <translation>How B turns out differently</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
</context>
<context>
    <name>closelab::MachineChartView</name>
    <message>
        <source>seconds since This Machine opened</source>
        <translation>seconds since This Machine opened</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>sockets</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>per second</translation>
    </message>
</context>
<context>
    <name>closelab::NetworkEditor</name>
    <message>
        <source>no firewall</source>
        <translation>no firewall</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>closelab::ParameterPanel</name>
    <message>
        <source>All parameters at the Linux defaults.</source>
        <translation>All parameters at the Linux defaults.</translation>
    </message>
    <message numerus="yes">
        <source>%n parameter(s) changed from the Linux defaults.</source>
        <translation>
            <numerusform>%n parameter changed from the Linux defaults.</numerusform>
            <numerusform>%n parameters changed from the Linux defaults.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search parameters (key or words)…</source>
        <translation>Search parameters (key or words)…</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Reset all</translation>
    </message>
    <message>
        <source>Every parameter and the network back to the Linux defaults</source>
        <translation>Every parameter and the network back to the Linux defaults</translation>
    </message>
    <message>
        <source>This scenario has no options.</source>
        <translation>This scenario has no options.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>Placeholder of an empty scenario option: the value the scenario uses</extracomment>
        <translation>not set</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>default: %1</translation>
    </message>
    <message>
        <source>--opt %1=…  (%2)</source>
        <extracomment>Tooltip line of a scenario option: its key for --opt and what it accepts</extracomment>
        <translation>--opt %1=…  (%2)</translation>
    </message>
</context>
<context>
    <name>closelab::ParameterRow</name>
    <message>
        <source> (before Linux 4.12)</source>
        <translation> (before Linux 4.12)</translation>
    </message>
    <message>
        <source>default %1 %2</source>
        <translation>default %1 %2</translation>
    </message>
    <message>
        <source>Reset to the Linux default (%1)</source>
        <translation>Reset to the Linux default (%1)</translation>
    </message>
    <message>
        <source>default %1 (%2)</source>
        <translation>default %1 (%2)</translation>
    </message>
    <message>
        <source>now: %1 · %2</source>
        <translation>now: %1 · %2</translation>
    </message>
</context>
<context>
    <name>closelab::Plots</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>The charts cannot be shown: their module (%1) could not be loaded. Everything else works.

%2</source>
        <translation>The charts cannot be shown: their module (%1) could not be loaded. Everything else works.

%2</translation>
    </message>
</context>
<context>
    <name>closelab::PopulationBar</name>
    <message>
        <source>Population summary</source>
        <translation>Population summary</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Population summary…</source>
        <translation>Population summary…</translation>
    </message>
    <message>
        <source>Connections made and failed by errno, accepts failed, RSTs by reason, peaks and when they were reached</source>
        <translation>Connections made and failed by errno, accepts failed, RSTs by reason, peaks and when they were reached</translation>
    </message>
</context>
<context>
    <name>closelab::ScenarioBrowser</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>seed %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Try this:</source>
        <translation>Try this:</translation>
    </message>
    <message>
        <source>Double-click a scenario to run it.</source>
        <translation>Double-click a scenario to run it.</translation>
    </message>
    <message>
        <source>not verified on a kernel</source>
        <translation>not verified on a kernel</translation>
    </message>
    <message>
        <source>The kernel conformance suite (tests/kernel) has not played this scenario on a real kernel.</source>
        <translation>The kernel conformance suite (tests/kernel) has not played this scenario on a real kernel.</translation>
    </message>
    <message>
        <source>Played on Linux %1 on %2 and compared fact by fact with the engine:</source>
        <translation>Played on Linux %1 on %2 and compared fact by fact with the engine:</translation>
    </message>
    <message>
        <source>default parameters</source>
        <translation>default parameters</translation>
    </message>
    <message>
        <source>• %1: %2 facts agree</source>
        <translation>• %1: %2 facts agree</translation>
    </message>
    <message>
        <source>• %1: %2 of %3 facts agree</source>
        <translation>• %1: %2 of %3 facts agree</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>✗ this run contradicts its description (%1 of %2 declared facts fail)</source>
        <extracomment>the run on screen contradicts the scenario&apos;s own description; %1 and %2 are counts</extracomment>
        <translation>✗ this run contradicts its description (%1 of %2 declared facts fail)</translation>
    </message>
    <message>
        <source>✓ verified on Linux %1 (%2 sets, %3 facts)</source>
        <extracomment>%1 is a Linux version such as 6.18, %2 the number of parameter sets played, %3 the facts compared</extracomment>
        <translation>✓ verified on Linux %1 (%2 sets, %3 facts)</translation>
    </message>
    <message>
        <source>✗ differs from Linux %1 (%2 sets, %3 facts)</source>
        <translation>✗ differs from Linux %1 (%2 sets, %3 facts)</translation>
    </message>
    <message>
        <source>Declared facts that fail in this run: %1</source>
        <translation>Declared facts that fail in this run: %1</translation>
    </message>
    <message>
        <source>Search: name, description or symptom (e.g. Connection reset by peer, EMFILE)</source>
        <translation>Search: name, description or symptom (e.g. Connection reset by peer, EMFILE)</translation>
    </message>
</context>
<context>
    <name>closelab::ServerHealthView</name>
    <message>
        <source>No snapshot yet: File → Import Server Snapshot… reads ss, netstat, nstat, /proc/net and sysctl text.</source>
        <translation>No snapshot yet: File → Import Server Snapshot… reads ss, netstat, nstat, /proc/net and sysctl text.</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>What was read</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n line(s)</source>
        <translation>
            <numerusform>%1: %2, %n line</numerusform>
            <numerusform>%1: %2, %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not understood</source>
        <translation>
            <numerusform>%n line not understood</numerusform>
            <numerusform>%n lines not understood</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>No finding: nothing in this snapshot crosses a threshold.</source>
        <translation>No finding: nothing in this snapshot crosses a threshold.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Kernel: %1</source>
        <translation>Kernel: %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>Not: %1</source>
        <translation>Not: %1</translation>
    </message>
    <message>
        <source>Open scenario “%1”</source>
        <translation>Open scenario “%1”</translation>
    </message>
    <message>
        <source>Opens the library scenario %1 with this snapshot&apos;s sysctls</source>
        <translation>Opens the library scenario %1 with this snapshot&apos;s sysctls</translation>
    </message>
    <message>
        <source>Simulate this</source>
        <translation>Simulate this</translation>
    </message>
    <message>
        <source>A population run that resembles the snapshot: its sysctls, its connection rate, its closer, its leak</source>
        <translation>A population run that resembles the snapshot: its sysctls, its connection rate, its closer, its leak</translation>
    </message>
    <message>
        <source>Sockets by state</source>
        <translation>Sockets by state</translation>
    </message>
    <message>
        <source>Ports in use per destination</source>
        <translation>Ports in use per destination</translation>
    </message>
    <message>
        <source>Each connection to one ip:port needs its own local port from ip_local_port_range (%1 ports); TIME_WAIT holds it for 60 s.</source>
        <translation>Each connection to one ip:port needs its own local port from ip_local_port_range (%1 ports); TIME_WAIT holds it for 60 s.</translation>
    </message>
    <message>
        <source>Listeners: accept queue against the backlog</source>
        <translation>Listeners: accept queue against the backlog</translation>
    </message>
    <message>
        <source>Recv-Q %1 / backlog %2</source>
        <translation>Recv-Q %1 / backlog %2</translation>
    </message>
    <message>
        <source>Recv-Q %1 (backlog not shown by this input)</source>
        <translation>Recv-Q %1 (backlog not shown by this input)</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>value from the snapshot</source>
        <translation>value from the snapshot</translation>
    </message>
    <message>
        <source>not in the snapshot: Linux&apos;s default</source>
        <translation>not in the snapshot: Linux&apos;s default</translation>
    </message>
    <message>
        <source>TIME_WAIT sockets</source>
        <translation>TIME_WAIT sockets</translation>
    </message>
    <message>
        <source>orphan sockets</source>
        <translation>orphan sockets</translation>
    </message>
    <message>
        <source>largest listen() backlog</source>
        <translation>largest listen() backlog</translation>
    </message>
    <message>
        <source>SYN_RECV requests</source>
        <translation>SYN_RECV requests</translation>
    </message>
    <message>
        <source>ports in use toward the busiest destination</source>
        <translation>ports in use toward the busiest destination</translation>
    </message>
    <message>
        <source>sockets holding a descriptor (all processes)</source>
        <translation>sockets holding a descriptor (all processes)</translation>
    </message>
</context>
<context>
    <name>closelab::SweepPanel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A parameter in the sweep&apos;s list: its name, then its key</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>client</source>
        <extracomment>Which endpoint an outcome is read on</extracomment>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>all kinds</source>
        <extracomment>Retransmissions of every kind</extracomment>
        <translation>all kinds</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Set on:</source>
        <translation>Set on:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two ends of the range: &quot;From [0] to [8] step [1]&quot;</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Which host the parameter is set on (network parameters apply to the path).</source>
        <translation>Which host the parameter is set on (network parameters apply to the path).</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>%1 points</source>
        <extracomment>How many values the sweep will run</extracomment>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Run Sweep</source>
        <translation>Run Sweep</translation>
    </message>
    <message>
        <source>Running the experiment once per value…</source>
        <translation>Running the experiment once per value…</translation>
    </message>
    <message>
        <source>%1 points in %2 s.</source>
        <translation>%1 points in %2 s.</translation>
    </message>
    <message>
        <source>%1 points.</source>
        <translation>%1 points.</translation>
    </message>
    <message>
        <source>%1 without a value (hollow squares).</source>
        <translation>%1 without a value (hollow squares).</translation>
    </message>
    <message>
        <source>Click a point to use its value.</source>
        <translation>Click a point to use its value.</translation>
    </message>
    <message>
        <source>Sweep cancelled; the chart shows the previous result.</source>
        <translation>Sweep cancelled; the chart shows the previous result.</translation>
    </message>
    <message>
        <source>The experiment has changed since this sweep: run it again to update the chart.</source>
        <translation>The experiment has changed since this sweep: run it again to update the chart.</translation>
    </message>
    <message>
        <source>Choose a parameter and a range, then Run Sweep.</source>
        <translation>Choose a parameter and a range, then Run Sweep.</translation>
    </message>
    <message>
        <source>%1 points in %2 ms.</source>
        <translation>%1 points in %2 ms.</translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation>Copy Table</translation>
    </message>
    <message>
        <source>Copy every point with all its outcomes as CSV, for a spreadsheet</source>
        <translation>Copy every point with all its outcomes as CSV, for a spreadsheet</translation>
    </message>
</context>
<context>
    <name>closelab::SweepView</name>
    <message>
        <source>still there at the end of the run</source>
        <extracomment>Legend entry for points without a value (e.g. a socket still there when the run ended)</extracomment>
        <translation>still there at the end of the run</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>Current value: %1</source>
        <extracomment>Legend entry of the dashed vertical line: the experiment&apos;s own value of the swept parameter</extracomment>
        <translation>Current value: %1</translation>
    </message>
    <message>
        <source>%1 = %2
%3: %4
Click to use this value in the experiment.</source>
        <extracomment>Tooltip of a sweep point: &quot;parameter = value&quot;, then &quot;outcome: value&quot;, then how to apply it</extracomment>
        <translation>%1 = %2
%3: %4
Click to use this value in the experiment.</translation>
    </message>
    <message>
        <source>%1: one run per value</source>
        <extracomment>Chart title: the scenario the sweep ran, then how</extracomment>
        <translation>%1: one run per value</translation>
    </message>
</context>
<context>
    <name>closelab::TimelineChartsView</name>
    <message>
        <source>SYN queue</source>
        <translation>SYN queue</translation>
    </message>
    <message>
        <source>accept queue</source>
        <translation>accept queue</translation>
    </message>
    <message>
        <source>TIME_WAIT buckets</source>
        <translation>TIME_WAIT buckets</translation>
    </message>
    <message>
        <source>orphans</source>
        <translation>orphans</translation>
    </message>
    <message>
        <source>ports in use</source>
        <translation>ports in use</translation>
    </message>
    <message>
        <source>file descriptors</source>
        <translation>file descriptors</translation>
    </message>
    <message>
        <source>%1 retransmissions</source>
        <translation>%1 retransmissions</translation>
    </message>
    <message>
        <source>%1 (client)</source>
        <translation>%1 (client)</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (server)</translation>
    </message>
    <message>
        <source>%1 %2 timer: %3</source>
        <translation>%1 %2 timer: %3</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot; (PNG or PDF)</source>
        <translation>unsupported format &quot;%1&quot; (PNG or PDF)</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>cannot write the file</translation>
    </message>
    <message>
        <source>Logarithmic time</source>
        <translation>Logarithmic time</translation>
    </message>
    <message>
        <source>Population run: sockets per state, resources and retransmissions per sample. Drag or wheel to pan and zoom; double-click to seek.</source>
        <translation>Population run: sockets per state, resources and retransmissions per sample. Drag or wheel to pan and zoom; double-click to seek.</translation>
    </message>
    <message>
        <source>Retransmissions, timers and occupancy of this run. Drag or wheel to pan and zoom; double-click to seek.</source>
        <translation>Retransmissions, timers and occupancy of this run. Drag or wheel to pan and zoom; double-click to seek.</translation>
    </message>
    <message>
        <source>retransmissions</source>
        <translation>retransmissions</translation>
    </message>
    <message>
        <source>RTO before (s)</source>
        <translation>RTO before (s)</translation>
    </message>
    <message>
        <source>timers</source>
        <translation>timers</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>sockets</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>time (s)</translation>
    </message>
    <message>
        <source>client and server</source>
        <extracomment>The hosts sharing a limit, under its line&apos;s label (&quot;ulimit -n = 1024&quot; over it)</extracomment>
        <translation>client and server</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A limit line&apos;s label shared by both hosts: &quot;ulimit -n = 1024 (client and server)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Drag or wheel to pan and zoom; double-click to seek.</source>
        <extracomment>The charts&apos; help line where the whole one does not fit.</extracomment>
        <translation>Drag or wheel to pan and zoom; double-click to seek.</translation>
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
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Open File</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
</TS>
