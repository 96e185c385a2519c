<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimationDialog</name>
    <message>
        <source>Export Animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a time in seconds</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Animated WebP (.webp)</source>
        <translation>WebP 动画 (.webp)</translation>
    </message>
    <message>
        <source>Numbered PNG images (.png)</source>
        <translation>编号的 PNG 图片 (.png)</translation>
    </message>
    <message>
        <source>×</source>
        <extracomment>Between width and height</extracomment>
        <translation>×</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起始：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>Size (pixels):</source>
        <translation>尺寸（像素）：</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>每秒帧数：</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 s of animation.</source>
        <translation>
            <numerusform>%n 帧，动画时长 %1 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the animation…</source>
        <translation>正在导出动画…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>There is no run to export.</source>
        <translation>没有可导出的运行。</translation>
    </message>
    <message>
        <source>Animated WebP (*.webp)</source>
        <translation>WebP 动画 (*.webp)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AnimationExporter</name>
    <message>
        <source>the run goes from %1 to %2</source>
        <translation>运行从 %1 到 %2</translation>
    </message>
    <message>
        <source>--from %1 lies outside the run: %2</source>
        <translation>--from %1 不在运行范围内：%2</translation>
    </message>
    <message>
        <source>--to %1 lies outside the run: %2</source>
        <translation>--to %1 不在运行范围内：%2</translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation>--to 必须晚于 --from</translation>
    </message>
    <message>
        <source>--fps: expected frames per second from %1 to %2</source>
        <translation>--fps：每秒帧数应在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>--size: expected WIDTHxHEIGHT from %1 to %2</source>
        <translation>--size：应为 %1 到 %2 之间的 宽x高</translation>
    </message>
    <message>
        <source>--zoom: expected a percentage from %1 to %2</source>
        <translation>--zoom：应为 %1 到 %2 之间的百分比</translation>
    </message>
    <message>
        <source>more than %1 frames: choose a shorter range or fewer frames per second</source>
        <translation>超过 %1 帧：请缩短时间范围或降低每秒帧数</translation>
    </message>
    <message>
        <source>there is no run to export</source>
        <translation>没有可导出的运行</translation>
    </message>
</context>
<context>
    <name>AnimationWriter</name>
    <message>
        <source>the WebP encoder could not start</source>
        <translation>WebP 编码器无法启动</translation>
    </message>
    <message>
        <source>the WebP encoder failed on frame %1</source>
        <translation>WebP 编码器在第 %1 帧出错</translation>
    </message>
    <message>
        <source>no frames to write</source>
        <translation>没有可写入的帧</translation>
    </message>
    <message>
        <source>the WebP encoder could not assemble the animation</source>
        <translation>WebP 编码器无法组装动画</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>not a CloseLab autosave</source>
        <translation>不是 CloseLab 自动保存文件</translation>
    </message>
</context>
<context>
    <name>CaptureConnectionsModel</name>
    <message>
        <source>FIN both ways</source>
        <translation>双向 FIN</translation>
    </message>
    <message>
        <source>RST by the client</source>
        <translation>客户端发送 RST</translation>
    </message>
    <message>
        <source>RST by the server</source>
        <translation>服务端发送 RST</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>仍未关闭</translation>
    </message>
    <message>
        <source>gave up (retries)</source>
        <translation>放弃（重传耗尽）</translation>
    </message>
    <message>
        <source>refused (no listener)</source>
        <translation>被拒绝（无监听）</translation>
    </message>
    <message>
        <source>%1 if the application called close()</source>
        <translation>%1（若应用调用了 close()）</translation>
    </message>
    <message>
        <source>%1 if the application called shutdown()</source>
        <translation>%1（若应用调用了 shutdown()）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务端</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>开始（秒）</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>报文数</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束方式</translation>
    </message>
    <message>
        <source>First finding</source>
        <translation>首个结论</translation>
    </message>
</context>
<context>
    <name>CaptureFindings</name>
    <message>
        <source>orphan retry budget exhausted</source>
        <translation>孤儿连接的重传次数用尽</translation>
    </message>
    <message>
        <source>retransmissions gave up</source>
        <translation>重传放弃</translation>
    </message>
    <message>
        <source>SYN retries exhausted</source>
        <translation>SYN 重传次数用尽</translation>
    </message>
    <message>
        <source>SYN retransmissions at fixed intervals before doubling</source>
        <translation>SYN 重传先按固定间隔（线性超时），再翻倍</translation>
    </message>
    <message>
        <source>still retransmitting its SYN when the capture ends</source>
        <translation>抓包结束时仍在重传 SYN</translation>
    </message>
    <message>
        <source>SYN-ACK retries exhausted</source>
        <translation>SYN-ACK 重传次数用尽</translation>
    </message>
    <message>
        <source>The server retransmitted its SYN-ACK after the capture saw the client&apos;s ACK of it: that ACK was lost after the capture point, or the accept queue was full (tcp_abort_on_overflow = 0)</source>
        <translation>抓包已看到客户端对 SYN-ACK 的 ACK，服务端却仍重传 SYN-ACK：这个 ACK 在抓包点之后丢失，或者全连接队列已满（tcp_abort_on_overflow = 0）</translation>
    </message>
    <message>
        <source>accept queue full, connection reset</source>
        <translation>全连接队列已满，连接被重置</translation>
    </message>
    <message>
        <source>keepalive probes unanswered</source>
        <translation>保活探测无应答</translation>
    </message>
    <message>
        <source>idle time before the first keepalive probe</source>
        <translation>首个保活探测之前的空闲时间</translation>
    </message>
    <message>
        <source>interval between keepalive probes</source>
        <translation>保活探测的间隔</translation>
    </message>
    <message>
        <source>the orphan&apos;s FIN_WAIT2 timer ran out</source>
        <translation>孤儿连接的 FIN_WAIT2 计时器已到期</translation>
    </message>
    <message>
        <source>port reused during TIME_WAIT</source>
        <translation>TIME_WAIT 期间复用了端口</translation>
    </message>
    <message>
        <source>time since TIME_WAIT began when the port was reused</source>
        <translation>端口被复用时距进入 TIME_WAIT 的时间</translation>
    </message>
    <message>
        <source>%1 if connect() chose the port (no bind())</source>
        <translation>若端口由 connect() 选择（未调用 bind()），则 %1</translation>
    </message>
    <message>
        <source>%1: %2 ∈ %3</source>
        <extracomment>a finding: what the capture shows, then the sysctl values consistent with it</extracomment>
        <translation>%1：%2 ∈ %3</translation>
    </message>
    <message>
        <source>A segment from the %1 appeared again as a copy the network made (a sequence number before the %1&apos;s ISN, or the timestamp of an earlier transmission): not a retransmission, and not counted as one.</source>
        <translation>%1的一个报文段再次出现，是网络产生的副本（序号在%1的 ISN 之前，或带着更早一次发送的时间戳）：不是重传，也不计为重传。</translation>
    </message>
    <message>
        <source>not visible in the capture</source>
        <extracomment>a side&apos;s state in a capture where the capture cannot tell it (e.g. a close() behind a zero window)</extracomment>
        <translation>抓包无法判断</translation>
    </message>
    <message>
        <source>close() found too many orphaned sockets on the host (net.ipv4.tcp_max_orphans below their number, which the capture cannot count) or TCP memory exhausted (net.ipv4.tcp_mem): FIN, then RST at once</source>
        <translation>close() 时主机上的孤儿连接过多（net.ipv4.tcp_max_orphans 小于其数量，抓包无法统计）或 TCP 内存耗尽（net.ipv4.tcp_mem）：先发 FIN，随即发 RST</translation>
    </message>
</context>
<context>
    <name>CaptureLauncher</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture.</source>
        <translation>%1 不是 pcap 或 pcapng 抓包文件。</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to explain.</source>
        <translation>%1 是空的：没有可解释的内容。</translation>
    </message>
    <message>
        <source>%1 uses a link type CloseLab cannot read (%2).</source>
        <translation>%1 使用了 CloseLab 无法读取的链路类型（%2）。</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>已取消读取 %1。</translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation>打开抓包</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>抓包文件 (*.pcap *.pcapng *.cap);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 ends in the middle of a packet: it is explained up to where it ends.</source>
        <translation>%1 在一个报文中间结束：解释到文件结束处为止。</translation>
    </message>
    <message>
        <source>%1 has no connection %2 (it has %3).</source>
        <translation>%1 中没有连接 %2（共有 %3 个）。</translation>
    </message>
    <message>
        <source>Open &amp;Capture…</source>
        <translation>打开抓包(&amp;C)…</translation>
    </message>
    <message>
        <source>Read a pcap or pcapng capture and explain each TCP connection in it</source>
        <translation>读取 pcap 或 pcapng 抓包，并解释其中每个 TCP 连接</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>抓包</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>nothing listens on the port</source>
        <translation>该端口上没有监听</translation>
    </message>
    <message>
        <source>close() with unread data</source>
        <translation>接收缓冲区有未读数据时调用了 close()</translation>
    </message>
    <message>
        <source>close() with SO_LINGER 0</source>
        <translation>SO_LINGER 为 0 时调用了 close()</translation>
    </message>
    <message>
        <source>data arrived after close()</source>
        <translation>close() 之后又收到数据</translation>
    </message>
    <message>
        <source>the orphaned FIN_WAIT2 socket had timed out (tcp_fin_timeout)</source>
        <translation>孤儿连接的 FIN_WAIT2 已超时（tcp_fin_timeout）</translation>
    </message>
    <message>
        <source>accept queue full, tcp_abort_on_overflow = 1</source>
        <translation>全连接队列已满，tcp_abort_on_overflow = 1</translation>
    </message>
    <message>
        <source>keepalive probes unanswered</source>
        <translation>保活探测无应答</translation>
    </message>
    <message>
        <source>the socket had given up retransmitting; its host answers for a socket it no longer has</source>
        <translation>该套接字已放弃重传；其主机替一个已不存在的套接字作答</translation>
    </message>
    <message>
        <source>the host has no such connection</source>
        <translation>主机上没有这个连接</translation>
    </message>
    <message>
        <source>reason unknown</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <source>The %1 retransmitted its FIN after the capture saw the ACK of it: that ACK was lost between the capture point and the %1, which stayed in FIN_WAIT1.</source>
        <translation>%1在抓包已看到其 FIN 的 ACK 之后仍重传 FIN：这个 ACK 在抓包点与%1之间丢失了，%1一直停留在 FIN_WAIT1。</translation>
    </message>
    <message>
        <source>Every earlier ACK of the %1&apos;s FIN was lost after the capture point and the %1 fell silent until its retry budget ran out: the last ACK was most likely lost too. Otherwise the %1 was an orphan in FIN_WAIT2 whose tcp_fin_timeout ran out.</source>
        <translation>%1的 FIN 之前的每个 ACK 都在抓包点之后丢失，%1随后一直沉默直到重传预算耗尽：最后一个 ACK 很可能也丢了。否则%1是处于 FIN_WAIT2 的孤儿连接，其 tcp_fin_timeout 已到期。</translation>
    </message>
    <message>
        <source>The capture saw the %1&apos;s FIN, but its peer went on as if it never arrived.</source>
        <translation>抓包看到了%1的 FIN，但对端的表现就像从未收到它。</translation>
    </message>
    <message>
        <source>The server never took the client&apos;s ACK of its SYN-ACK: the ACK was lost after the capture point, or the accept queue was full (tcp_abort_on_overflow = 0).</source>
        <translation>服务端始终没有接受客户端对 SYN-ACK 的 ACK：这个 ACK 在抓包点之后丢失，或者全连接队列已满（tcp_abort_on_overflow = 0）。</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <source>Retransmissions:</source>
        <translation>重传：</translation>
    </message>
    <message>
        <source>Both sides closed at once: their FINs crossed.</source>
        <translation>双方同时关闭：两个 FIN 在途中交错。</translation>
    </message>
    <message>
        <source>%1, or %2 (the capture cannot tell which)</source>
        <translation>%1，或%2（抓包无法区分）</translation>
    </message>
    <message>
        <source>RST from the %1 at %2 s (frame %3): %4</source>
        <translation>%1于 %2 秒发出 RST（第 %3 帧）：%4</translation>
    </message>
    <message>
        <source>Settings consistent with the capture</source>
        <translation>与抓包一致的内核参数</translation>
    </message>
    <message>
        <source>Choose a connection to see each side&apos;s states and what the capture says about the kernel&apos;s settings.</source>
        <translation>选择一个连接，查看双方的状态，以及抓包对内核参数说明了什么。</translation>
    </message>
    <message>
        <source>Filter connections (address, port, ending, finding)…</source>
        <translation>筛选连接（地址、端口、结束方式、结论）…</translation>
    </message>
    <message>
        <source>No capture open. File &gt; Open Capture… reads a pcap or pcapng file.</source>
        <translation>未打开抓包。文件 &gt; 打开抓包… 可读取 pcap 或 pcapng 文件。</translation>
    </message>
    <message>
        <source>%1: %2 packets, %3 TCP, %4 connections</source>
        <translation>%1：%2 个报文，%3 个 TCP 报文，%4 个连接</translation>
    </message>
    <message>
        <source>(truncated: explained up to where the file ends)</source>
        <translation>（文件被截断：解释到文件结束处）</translation>
    </message>
    <message>
        <source>too many orphaned sockets at close() (tcp_max_orphans) or TCP out of memory</source>
        <translation>close() 时孤儿连接过多（tcp_max_orphans）或 TCP 内存不足</translation>
    </message>
</context>
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
    <message>
        <source>lost after the capture point</source>
        <extracomment>a segment the capture saw but its receiver never got (lost between the capture point and the receiver)</extracomment>
        <translation>在抓包点之后丢失</translation>
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
        <extracomment>Value name of --screenshot in --help
----------
Value name of --server-snapshot in --help
----------
Value name of --export-animation in --help</extracomment>
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
    <message>
        <source>Set a parameter on both hosts, e.g. net.ipv4.tcp_fin_timeout=5 (repeatable).</source>
        <translation>在两台主机上设置参数，例如 net.ipv4.tcp_fin_timeout=5（可重复）。</translation>
    </message>
    <message>
        <source>Set a parameter on the client only (repeatable).</source>
        <translation>只在客户端设置参数（可重复）。</translation>
    </message>
    <message>
        <source>Set a parameter on the server only (repeatable).</source>
        <translation>只在服务端设置参数（可重复）。</translation>
    </message>
    <message>
        <source>One-way network delay in seconds (default 0.0005).</source>
        <translation>网络单向时延，单位秒（默认 0.0005）。</translation>
    </message>
    <message>
        <source>Extra random delay of up to S seconds.</source>
        <translation>额外的随机时延，最多 S 秒。</translation>
    </message>
    <message>
        <source>Loss probability in both directions.</source>
        <translation>两个方向的丢包率。</translation>
    </message>
    <message>
        <source>Loss probability from client to server.</source>
        <translation>客户端 → 服务端方向的丢包率。</translation>
    </message>
    <message>
        <source>Loss probability from server to client.</source>
        <translation>服务端 → 客户端方向的丢包率。</translation>
    </message>
    <message>
        <source>Duplication probability.</source>
        <translation>报文重复的概率。</translation>
    </message>
    <message>
        <source>Drop rule DIR:MATCH[:WHEN] as in closelab-cli, e.g. s2c:fin:first (repeatable).</source>
        <translation>丢包规则 DIR:MATCH[:WHEN]，与 closelab-cli 相同，例如 s2c:fin:first（可重复）。</translation>
    </message>
    <message>
        <source>Scenario option (repeatable).</source>
        <translation>场景选项（可重复）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Stop the run at this simulated time in seconds.</source>
        <translation>在这个模拟时间（秒）停止运行。</translation>
    </message>
    <message>
        <source>Event budget of the run (default 1000000).</source>
        <translation>本次运行的事件预算（默认 1000000）。</translation>
    </message>
    <message>
        <source>Show this scenario (closelab-cli list shows them; default normal_close).</source>
        <translation>显示这个场景（closelab-cli list 列出全部场景；默认 normal_close）。</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>Value name of --scenario in --help
----------
Value name of --sweep-outcome in --help</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Show the run at this simulated time in seconds (0 is the call the scenario is about; negative times are the set-up).</source>
        <translation>显示运行到这个模拟时间（秒）时的样子（0 是场景所讲的那次调用；负数时间是建立连接的过程）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>Value name of --time in --help
----------
Value name of --from in --help
----------
Value name of --to in --help</extracomment>
        <translation>秒</translation>
    </message>
    <message>
        <source>--time: expected seconds (e.g. 0.00025), got &apos;%1&apos;.</source>
        <translation>--time：应为秒数（例如 0.00025），实际为“%1”。</translation>
    </message>
    <message>
        <source>--time %1 lies outside the run, which goes from %2 to %3.</source>
        <translation>--time %1 超出了本次运行的范围（从 %2 到 %3）。</translation>
    </message>
    <message>
        <source>Open the A/B comparison with B changed by this run option, written NAME=VALUE, e.g. set=net.ipv4.tcp_orphan_retries=2 or delay=0.02 (repeatable; with --screenshot the picture shows the comparison).</source>
        <translation>打开 A/B 对比，B 在 A 的基础上应用这个运行选项，写作 NAME=VALUE，例如 set=net.ipv4.tcp_orphan_retries=2 或 delay=0.02（可重复；与 --screenshot 一起使用时，图片显示对比窗口）。</translation>
    </message>
    <message>
        <source>OPTION=VALUE</source>
        <extracomment>Value name of --compare in --help</extracomment>
        <translation>选项=值</translation>
    </message>
    <message>
        <source>--compare: expected NAME=VALUE with NAME one of %1, got &apos;%2&apos;.</source>
        <translation>--compare：应为 NAME=VALUE，NAME 取 %1 之一，实际为“%2”。</translation>
    </message>
    <message>
        <source>--compare covers single-connection scenarios; %1 is a population scenario.</source>
        <translation>--compare 只适用于单连接场景；%1 是批量运行场景。</translation>
    </message>
    <message>
        <source>Open the parameter sweep and run it: the parameter&apos;s key (or delay, jitter, loss, loss-c2s, loss-s2c, duplicate) and a range FROM:TO, FROM:TO:STEP or FROM:TO/COUNT, e.g. net.ipv4.tcp_orphan_retries=0:8 (with --screenshot the picture shows the sweep).</source>
        <translation>打开参数扫描并运行：参数的键（或 delay、jitter、loss、loss-c2s、loss-s2c、duplicate）和范围 FROM:TO、FROM:TO:STEP 或 FROM:TO/COUNT，例如 net.ipv4.tcp_orphan_retries=0:8（与 --screenshot 一起使用时，截图显示扫描窗口）。</translation>
    </message>
    <message>
        <source>KEY=RANGE</source>
        <extracomment>Value name of --sweep in --help</extracomment>
        <translation>KEY=RANGE</translation>
    </message>
    <message>
        <source>Host the swept parameter is set on: both (default), client or server.</source>
        <translation>被扫描参数设置在哪台主机上：both（默认，两端）、client 或 server。</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>Value name of --sweep-host in --help</extracomment>
        <translation>主机</translation>
    </message>
    <message>
        <source>Outcome the sweep plots: %1; prefix server. for the server&apos;s side (default gone_time, or time_wait_plateau for a population scenario).</source>
        <translation>扫描绘制的结果：%1；加前缀 server. 表示服务端一侧（默认 gone_time，批量场景默认 time_wait_plateau）。</translation>
    </message>
    <message>
        <source>--sweep-host and --sweep-outcome need --sweep.</source>
        <translation>--sweep-host 和 --sweep-outcome 需要与 --sweep 一起使用。</translation>
    </message>
    <message>
        <source>--sweep: expected KEY=RANGE with KEY a parameter (closelab-cli params lists them) or one of delay, jitter, loss, loss-c2s, loss-s2c, duplicate; got &apos;%1&apos;.</source>
        <translation>--sweep：应为 KEY=RANGE，KEY 是一个参数（closelab-cli params 会列出）或 delay、jitter、loss、loss-c2s、loss-s2c、duplicate 之一；实际为 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--sweep-host: expected both, client or server, got &apos;%1&apos;.</source>
        <translation>--sweep-host：应为 both、client 或 server，实际为 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--sweep-outcome: &apos;%1&apos; is not an outcome of a %2 scenario.</source>
        <translation>--sweep-outcome：&apos;%1&apos; 不是%2场景的结果。</translation>
    </message>
    <message>
        <source>population</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>single-connection</source>
        <translation>单连接</translation>
    </message>
    <message>
        <source>A saved experiment (.closelab) or lesson (.closelab-lesson) to open.</source>
        <translation>要打开的已保存实验（.closelab）或课程（.closelab-lesson）。</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <extracomment>Syntax of the optional positional argument in --help</extracomment>
        <translation>[文件]</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;: closelab opens one file at a time.</source>
        <translation>多余的参数“%1”：closelab 一次只打开一个文件。</translation>
    </message>
    <message>
        <source>%1: a file to open cannot be combined with --scenario or run options.</source>
        <translation>%1：要打开的文件不能与 --scenario 或运行选项同时使用。</translation>
    </message>
    <message>
        <source>Start in presentation mode (with --screenshot: the presentation picture at --size).</source>
        <translation>以演示模式启动（与 --screenshot 同用：按 --size 输出演示画面）。</translation>
    </message>
    <message>
        <source>Zoom of text and drawings in percent, from %1 to %2 (default 100; View &gt; Zoom remembers the last one).</source>
        <translation>文字和图形的缩放百分比，%1 到 %2（默认 100；“视图 &gt; 缩放”会记住上次的值）。</translation>
    </message>
    <message>
        <source>percent</source>
        <extracomment>Value name of --zoom in --help</extracomment>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Invalid --zoom &apos;%1&apos;: expected a percentage from %2 to %3.</source>
        <translation>无效的 --zoom “%1”：应为 %2 到 %3 之间的百分比。</translation>
    </message>
    <message>
        <source>Write the run (--scenario and run options, or FILE) as an animation and exit: an animated WebP (.webp) or numbered PNG images (.png); with --from, --to, --fps, --zoom and --size (default 1280x720).</source>
        <translation>把运行（--scenario 与运行选项，或 FILE）导出为动画后退出：WebP 动画（.webp）或编号的 PNG 图片（.png）；可配合 --from、--to、--fps、--zoom 和 --size（默认 1280x720）。</translation>
    </message>
    <message>
        <source>--export-animation: start at this simulated time in seconds (default: the run&apos;s start).</source>
        <translation>--export-animation：从此模拟时间（秒）开始（默认：运行开始）。</translation>
    </message>
    <message>
        <source>--export-animation: end at this simulated time in seconds (default: the run&apos;s end).</source>
        <translation>--export-animation：在此模拟时间（秒）结束（默认：运行结束）。</translation>
    </message>
    <message>
        <source>--export-animation: frames per second, 1 to 60 (default 10).</source>
        <translation>--export-animation：每秒帧数，1 到 60（默认 10）。</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>Value name of --fps in --help</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 needs --export-animation.</source>
        <translation>--%1 需要与 --export-animation 一起使用。</translation>
    </message>
    <message>
        <source>--export-animation: &apos;%1&apos; must end in .webp (animated WebP) or .png (numbered PNG images).</source>
        <translation>--export-animation：“%1”必须以 .webp（WebP 动画）或 .png（编号的 PNG 图片）结尾。</translation>
    </message>
    <message>
        <source>--export-animation cannot be combined with --screenshot, --compare or --sweep.</source>
        <translation>--export-animation 不能与 --screenshot、--compare 或 --sweep 同时使用。</translation>
    </message>
    <message>
        <source>--export-animation covers single-connection scenarios; %1 is a population scenario.</source>
        <translation>--export-animation 只适用于单连接场景；%1 是批量运行场景。</translation>
    </message>
    <message>
        <source>--%1: expected a number, got &apos;%2&apos;.</source>
        <translation>--%1：应为数字，实际为“%2”。</translation>
    </message>
    <message>
        <source>--%1: expected seconds (e.g. 0.00025), got &apos;%2&apos;.</source>
        <translation>--%1：应为秒数（如 0.00025），实际为“%2”。</translation>
    </message>
    <message>
        <source>Start with the quiz on (with --screenshot: the next step&apos;s question is asked).</source>
        <translation>启动时打开小测验（与 --screenshot 同用：提出下一步的问题）。</translation>
    </message>
    <message>
        <source>With --quiz and --screenshot: answer the question with choice N (1-4) and show the reveal.</source>
        <translation>与 --quiz 和 --screenshot 同用：选第 N 个答案（1-4）并显示揭晓后的画面。</translation>
    </message>
    <message>
        <source>--quiz-answer: expected a choice from 1 to 4, got &apos;%1&apos;.</source>
        <translation>--quiz-answer：应为 1 到 4 之间的选项，实际为“%1”。</translation>
    </message>
    <message>
        <source>A pcap or pcapng capture to explain (File &gt; Open Capture…).</source>
        <translation>要解释的 pcap 或 pcapng 抓包文件（文件 &gt; 打开抓包…）。</translation>
    </message>
    <message>
        <source>Open the Server Health window of this ss / netstat / nstat / /proc/net / sysctl output (repeatable: several files are one snapshot; with --screenshot the picture shows it).</source>
        <translation>打开这份 ss / netstat / nstat / /proc/net / sysctl 输出的“服务器健康”窗口（可重复：多个文件合成一份快照；与 --screenshot 一起使用时，截图显示该窗口）。</translation>
    </message>
    <message>
        <source>Open View &gt; This Machine (with --screenshot: after a few samples).</source>
        <translation>打开“视图 &gt; 本机”（与 --screenshot 一起使用时：采样几次之后截图）。</translation>
    </message>
    <message>
        <source>How segments are named: plain (FIN, ACK of the FIN, data 100 B; the default) or tcpdump (F. seq 6 ack 7). View &gt; Segment Names remembers the last choice.</source>
        <translation>报文段的命名方式：plain（FIN、对 FIN 的 ACK、数据 100 字节；默认）或 tcpdump（F. seq 6 ack 7）。“视图 &gt; 报文段名称”会记住上次的选择。</translation>
    </message>
    <message>
        <source>plain|tcpdump</source>
        <extracomment>Value name of --notation in --help</extracomment>
        <translation>plain|tcpdump</translation>
    </message>
    <message>
        <source>Invalid --notation &apos;%1&apos;: expected plain or tcpdump.</source>
        <translation>无效的 --notation “%1”：应为 plain 或 tcpdump。</translation>
    </message>
    <message>
        <source>With a capture FILE.pcap: replay the connection shown on the engine and open the capture-vs-engine comparison (File &gt; Replay on the Engine).</source>
        <translation>与抓包文件 FILE.pcap 一起使用：在引擎上重放所显示的连接，并打开“抓包对比引擎”窗口（文件 &gt; 在引擎上重放）。</translation>
    </message>
    <message>
        <source>--replay needs a capture to replay (closelab FILE.pcap --replay).</source>
        <translation>--replay 需要一个要重放的抓包文件（closelab FILE.pcap --replay）。</translation>
    </message>
    <message>
        <source>Bring this panel in front of its tabs (for --screenshot, or at start): %1.</source>
        <translation>把这个面板放到它所在标签组的最前面（用于 --screenshot，或在启动时）：%1。</translation>
    </message>
    <message>
        <source>panel</source>
        <extracomment>Value name of --dock in --help</extracomment>
        <translation>面板</translation>
    </message>
    <message>
        <source>Invalid --dock &apos;%1&apos;: expected one of %2.</source>
        <translation>无效的 --dock “%1”：应为 %2 之一。</translation>
    </message>
</context>
<context>
    <name>CompareLauncher</name>
    <message>
        <source>&amp;Compare with a Copy (A/B)…</source>
        <translation>与副本对比 (A/B)(&amp;C)…</translation>
    </message>
    <message>
        <source>Duplicate the experiment as B, change B&apos;s parameters and see A and B side by side</source>
        <translation>把实验复制为 B，修改 B 的参数，并排查看 A 和 B</translation>
    </message>
</context>
<context>
    <name>CompareTexts</name>
    <message>
        <source>Client: %1</source>
        <translation>客户端：%1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务端：%1</translation>
    </message>
    <message>
        <source>no error</source>
        <extracomment>what connect() or the application saw: no error</extracomment>
        <translation>无错误</translation>
    </message>
    <message numerus="yes">
        <source>B sends %n %1 retransmission(s) fewer (%2 instead of %3).</source>
        <translation>
            <numerusform>B 少发 %n 次 %1 重传（%2 次，A 为 %3 次）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>B sends %n %1 retransmission(s) more (%2 instead of %3).</source>
        <translation>
            <numerusform>B 多发 %n 次 %1 重传（%2 次，A 为 %3 次）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>B sends %n RST(s) fewer (%1 instead of %2).</source>
        <translation>
            <numerusform>B 少发 %n 个 RST（%1 个，A 为 %2 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>B sends %n RST(s) more (%1 instead of %2).</source>
        <translation>
            <numerusform>B 多发 %n 个 RST（%1 个，A 为 %2 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>B sends %n segment(s) fewer (%1 instead of %2).</source>
        <translation>
            <numerusform>B 少发 %n 个报文（%1 个，A 为 %2 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>B sends %n segment(s) more (%1 instead of %2).</source>
        <translation>
            <numerusform>B 多发 %n 个报文（%1 个，A 为 %2 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>B loses %n segment(s) fewer on the way (%1 instead of %2).</source>
        <translation>
            <numerusform>B 在途中少丢 %n 个报文（%1 个，A 为 %2 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>B loses %n segment(s) more on the way (%1 instead of %2).</source>
        <translation>
            <numerusform>B 在途中多丢 %n 个报文（%1 个，A 为 %2 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>B&apos;s socket is gone %1 earlier (at %2 instead of %3).</source>
        <translation>B 的套接字早 %1 销毁（在 %2，A 在 %3）。</translation>
    </message>
    <message>
        <source>B&apos;s socket is gone %1 later (at %2 instead of %3).</source>
        <translation>B 的套接字晚 %1 销毁（在 %2，A 在 %3）。</translation>
    </message>
    <message>
        <source>A&apos;s socket is gone at %1 (%2); B&apos;s is still in %3 when its run ends.</source>
        <translation>A 的套接字在 %1 销毁（%2）；B 的套接字到运行结束时仍处于 %3。</translation>
    </message>
    <message>
        <source>B&apos;s socket is gone at %1 (%2); A&apos;s is still in %3 when its run ends.</source>
        <translation>B 的套接字在 %1 销毁（%2）；A 的套接字到运行结束时仍处于 %3。</translation>
    </message>
    <message>
        <source>The socket ends differently: %1 in A, %2 in B.</source>
        <translation>套接字的结局不同：A 中为“%1”，B 中为“%2”。</translation>
    </message>
    <message>
        <source>The run ends with the socket in %1 in A and in %2 in B.</source>
        <translation>运行结束时，A 的套接字处于 %1，B 的处于 %2。</translation>
    </message>
    <message>
        <source>connect() returns %1 in A, %2 in B.</source>
        <translation>connect() 在 A 中返回 %1，在 B 中返回 %2。</translation>
    </message>
    <message>
        <source>The application&apos;s last error is %1 in A, %2 in B.</source>
        <translation>应用最后看到的错误：A 中为 %1，B 中为 %2。</translation>
    </message>
    <message>
        <source>B spends %1 less in %2 (%3 instead of %4).</source>
        <translation>B 在 %2 停留的时间少 %1（%3，A 为 %4）。</translation>
    </message>
    <message>
        <source>B spends %1 more in %2 (%3 instead of %4).</source>
        <translation>B 在 %2 停留的时间多 %1（%3，A 为 %4）。</translation>
    </message>
    <message>
        <source>B&apos;s run ends %1 earlier (at %2 instead of %3).</source>
        <translation>B 的运行早 %1 结束（在 %2，A 在 %3）。</translation>
    </message>
    <message>
        <source>B&apos;s run ends %1 later (at %2 instead of %3).</source>
        <translation>B 的运行晚 %1 结束（在 %2，A 在 %3）。</translation>
    </message>
    <message>
        <source>client</source>
        <extracomment>in the headline: &quot;B&apos;s client gives up 104 s earlier&quot;</extracomment>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务端</translation>
    </message>
    <message>
        <source>B&apos;s %1 gives up %2 earlier</source>
        <translation>B 的%1早 %2 放弃</translation>
    </message>
    <message>
        <source>B&apos;s %1 gives up %2 later</source>
        <translation>B 的%1晚 %2 放弃</translation>
    </message>
    <message>
        <source>B&apos;s %1 socket is gone %2 earlier</source>
        <translation>B 的%1套接字早 %2 销毁</translation>
    </message>
    <message>
        <source>B&apos;s %1 socket is gone %2 later</source>
        <translation>B 的%1套接字晚 %2 销毁</translation>
    </message>
    <message>
        <source>B&apos;s %1 socket is still in %2 at the end</source>
        <translation>B 的%1套接字到最后仍处于 %2</translation>
    </message>
    <message>
        <source>only B&apos;s %1 socket is gone (at %2)</source>
        <translation>只有 B 的%1套接字销毁（在 %2）</translation>
    </message>
    <message>
        <source>connect() returns %1 in B</source>
        <translation>B 中 connect() 返回 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 retransmission(s) fewer</source>
        <translation>
            <numerusform>%1 重传少 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 retransmission(s) more</source>
        <translation>
            <numerusform>%1 重传多 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RST(s) fewer</source>
        <translation>
            <numerusform>RST 少 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RST(s) more</source>
        <translation>
            <numerusform>RST 多 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>A and B run alike: the same ends, errors, retransmissions and times.</source>
        <translation>A 和 B 的运行结果一致：结局、错误、重传和时间都相同。</translation>
    </message>
    <message>
        <source>The sockets end alike; B differs in the details below.</source>
        <translation>套接字的结局相同；B 的不同之处见下方细节。</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>joins the phrases of the headline</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>%1 (client)</source>
        <translation>%1（客户端）</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1（服务端）</translation>
    </message>
    <message>
        <source>Scenario option %1</source>
        <translation>场景选项 %1</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Run until</source>
        <translation>运行截止时间</translation>
    </message>
    <message>
        <source>Event budget</source>
        <translation>事件预算</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>a setting that is not set (no drop rules, no firewall, no time limit)</extracomment>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The parameter that ends the socket is %1 in A, %2 in B.</source>
        <translation>结束套接字的参数：A 中为 %1，B 中为 %2。</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>A/B comparison covers single-connection scenarios. %1 is a population run (many connections, summarised as series): compare it by changing a parameter in the main window and watching the plateau, or choose a single-connection scenario there.</source>
        <translation>A/B 对比只适用于单连接场景。%1 是批量运行（大量连接，汇总为时间序列）：请在主窗口中修改参数、观察平台值的变化来对比，或在那里选择一个单连接场景。</translation>
    </message>
    <message>
        <source>B is not run: A is a population scenario.</source>
        <translation>B 未运行：A 是批量运行场景。</translation>
    </message>
    <message>
        <source>B keeps A&apos;s scenario (%1); choose another scenario in the main window.</source>
        <translation>B 沿用 A 的场景（%1）；请在主窗口中选择其他场景。</translation>
    </message>
    <message>
        <source>CloseLab: A/B comparison of %1</source>
        <translation>CloseLab：%1 的 A/B 对比</translation>
    </message>
    <message>
        <source>B&apos;s parameters (A follows the main window)</source>
        <translation>B 的参数（A 跟随主窗口）</translation>
    </message>
    <message>
        <source>Copy A to B Again</source>
        <translation>重新把 A 复制到 B</translation>
    </message>
    <message>
        <source>Forget B&apos;s changes: B becomes a copy of A</source>
        <translation>放弃 B 的修改：B 重新成为 A 的副本</translation>
    </message>
    <message>
        <source>A: the capture (a real kernel)</source>
        <extracomment>the left run of the capture-vs-engine window: what the capture shows (the real kernel)</extracomment>
        <translation>A：抓包（真实内核）</translation>
    </message>
    <message>
        <source>B: replayed on the engine</source>
        <extracomment>the right run: the same experiment run on CloseLab&apos;s engine</extracomment>
        <translation>B：在引擎上重放</translation>
    </message>
    <message>
        <source>How the engine differs from the capture</source>
        <translation>引擎与抓包的不同之处</translation>
    </message>
    <message>
        <source>No difference in the states either side went through, the segments of each kind or the retransmissions.</source>
        <translation>双方经历的状态、各类报文段和重传都没有差异。</translation>
    </message>
    <message>
        <source>The experiment read off the capture</source>
        <translation>从抓包读出的实验</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>changed in the panel on the left</source>
        <translation>已在左侧面板中修改</translation>
    </message>
    <message>
        <source>CloseLab: the capture replayed on the engine</source>
        <translation>CloseLab：在引擎上重放的抓包</translation>
    </message>
    <message>
        <source>Back to the Capture&apos;s Experiment</source>
        <translation>恢复为抓包读出的实验</translation>
    </message>
    <message>
        <source>Forget the changes: the engine runs the experiment read off the capture again</source>
        <translation>放弃修改：引擎重新运行从抓包读出的实验</translation>
    </message>
    <message>
        <source>The engine&apos;s parameters, read off the capture</source>
        <translation>引擎的参数，从抓包读出</translation>
    </message>
    <message>
        <source>Change them to see what else could have happened</source>
        <translation>修改它们，看看还可能发生什么</translation>
    </message>
</context>
<context>
    <name>DockChrome</name>
    <message>
        <source>Graph</source>
        <extracomment>A dock&apos;s tab where there is no room for &quot;State Graph&quot;: the graph of TCP states.</extracomment>
        <translation>状态图</translation>
    </message>
    <message>
        <source>Narration</source>
        <extracomment>A dock&apos;s tab where there is no room for &quot;Narration and Event Log&quot;.</extracomment>
        <translation>解说</translation>
    </message>
    <message>
        <source>Charts</source>
        <extracomment>A dock&apos;s tab where there is no room for &quot;Timeline Charts&quot;.</extracomment>
        <translation>图表</translation>
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
    <message>
        <source>What: connection #1</source>
        <translation>事件：第 1 个连接</translation>
    </message>
</context>
<context>
    <name>ExperimentController</name>
    <message>
        <source>net.ipv4.ip_local_port_range: the first port must not exceed the last</source>
        <translation>net.ipv4.ip_local_port_range：起始端口不能大于结束端口</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>场景 %1</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>预设：%1</translation>
    </message>
</context>
<context>
    <name>ExperimentFile</name>
    <message>
        <source>&quot;%1&quot; must be an object of sysctl keys and values</source>
        <translation>“%1”必须是由 sysctl 键和值组成的对象</translation>
    </message>
    <message>
        <source>%1.%2: the value must be a number or a string</source>
        <translation>%1.%2：值必须是数字或字符串</translation>
    </message>
    <message>
        <source>network.%1: expected a number from %2 to %3</source>
        <translation>network.%1：应为 %2 到 %3 之间的数字</translation>
    </message>
    <message>
        <source>&quot;network&quot; must be an object</source>
        <translation>“network”必须是一个对象</translation>
    </message>
    <message>
        <source>network.%1: unknown field (known: %2)</source>
        <translation>network.%1：未知字段（已知字段：%2）</translation>
    </message>
    <message>
        <source>network.drops must be a list of rules such as &quot;s2c:fin:first&quot;</source>
        <translation>network.drops 必须是规则列表，例如 &quot;s2c:fin:first&quot;</translation>
    </message>
    <message>
        <source>network.firewall: expected {&quot;idle_s&quot;: 0 to 86400, &quot;action&quot;: &quot;drop&quot; or &quot;reset&quot;}</source>
        <translation>network.firewall：应为 {&quot;idle_s&quot;: 0 到 86400, &quot;action&quot;: &quot;drop&quot; 或 &quot;reset&quot;}</translation>
    </message>
    <message>
        <source>not a CloseLab experiment: invalid JSON at byte %1 (%2)</source>
        <translation>不是 CloseLab 实验文件：第 %1 字节处 JSON 无效（%2）</translation>
    </message>
    <message>
        <source>not a CloseLab experiment: the document is not a JSON object</source>
        <translation>不是 CloseLab 实验文件：文档不是 JSON 对象</translation>
    </message>
    <message>
        <source>not a CloseLab experiment: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>不是 CloseLab 实验文件：“format”必须是“%1”</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive integer</source>
        <translation>“version”必须是正整数</translation>
    </message>
    <message>
        <source>written by a newer CloseLab (file version %1, this one reads %2)</source>
        <translation>由更新版本的 CloseLab 写入（文件版本 %1，本程序只能读取 %2）</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>&quot;scenario&quot;: unknown scenario &quot;%1&quot;</source>
        <translation>“scenario”：未知场景“%1”</translation>
    </message>
    <message>
        <source>&quot;options&quot; must be an object of option names and values</source>
        <translation>“options”必须是由选项名和值组成的对象</translation>
    </message>
    <message>
        <source>options.%1: the value must be a string or a number</source>
        <translation>options.%1：值必须是字符串或数字</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a non-negative integer</source>
        <translation>“seed”必须是非负整数</translation>
    </message>
    <message>
        <source>the file is too large to be an experiment (over 1 MB)</source>
        <translation>文件过大，不可能是实验文件（超过 1 MB）</translation>
    </message>
</context>
<context>
    <name>ExperimentMenus</name>
    <message>
        <source>&amp;New Experiment</source>
        <translation>新建实验(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Sequence Diagram as Image…</source>
        <translation>时序图导出为图片…</translation>
    </message>
    <message>
        <source>Timeline Charts as Image…</source>
        <translation>时间线图表导出为图片…</translation>
    </message>
    <message>
        <source>Trace as CSV…</source>
        <translation>轨迹导出为 CSV…</translation>
    </message>
    <message>
        <source>Trace as JSON…</source>
        <translation>轨迹导出为 JSON…</translation>
    </message>
    <message>
        <source>Population Series as CSV…</source>
        <translation>批量运行的时间序列导出为 CSV…</translation>
    </message>
    <message>
        <source>Population Run as JSON…</source>
        <translation>批量运行导出为 JSON…</translation>
    </message>
    <message>
        <source>Changed Parameters as sysctl.conf…</source>
        <translation>改动过的参数导出为 sysctl.conf…</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Open Experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Save Experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>CloseLab experiments (*.closelab)</source>
        <translation>CloseLab 实验 (*.closelab)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>Export Trace</source>
        <translation>导出轨迹</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Population Run</source>
        <translation>导出批量运行</translation>
    </message>
    <message>
        <source>Export Population Series</source>
        <translation>导出批量运行的时间序列</translation>
    </message>
    <message>
        <source>Export Changed Parameters</source>
        <translation>导出改动过的参数</translation>
    </message>
    <message>
        <source>sysctl.conf files (*.conf)</source>
        <translation>sysctl.conf 文件 (*.conf)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <extracomment>The name of an experiment never saved to a file (window title, &quot;Save changes to …?&quot;).</extracomment>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save changes to %1?</source>
        <translation>是否保存对 %1 的更改？</translation>
    </message>
    <message>
        <source>The experiment has changes that are not saved. Without saving, they are lost.</source>
        <translation>实验有未保存的更改。如果不保存，这些更改将会丢失。</translation>
    </message>
    <message>
        <source>Restore Unsaved Experiment</source>
        <translation>恢复未保存的实验</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Sequence Diagram, a Time Range…</source>
        <translation>时序图（一段时间）…</translation>
    </message>
    <message>
        <source>State Graph as Image…</source>
        <translation>状态图导出为图片…</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>cannot render the image</source>
        <translation>无法渲染图像</translation>
    </message>
    <message>
        <source>unsupported image format &quot;%1&quot; (PNG, SVG or PDF)</source>
        <translation>不支持的图像格式“%1”（可用 PNG、SVG 或 PDF）</translation>
    </message>
    <message>
        <source># CloseLab: parameters changed from the Linux defaults (scenario %1).</source>
        <translation># CloseLab：与 Linux 默认值不同的参数（场景 %1）。</translation>
    </message>
    <message>
        <source># Apply with: sysctl -p FILE (as root). Check each line before you do.</source>
        <translation># 应用方法：sysctl -p 文件（需要 root）。应用前请逐行检查。</translation>
    </message>
    <message>
        <source>only kernels before 4.12 have it</source>
        <translation>只有 4.12 之前的内核才有此参数</translation>
    </message>
    <message>
        <source># not a sysctl: ulimit -n %1 (or nofile in /etc/security/limits.conf)</source>
        <translation># 不是 sysctl：ulimit -n %1（或 /etc/security/limits.conf 中的 nofile）</translation>
    </message>
    <message>
        <source># (every parameter is at its Linux default)</source>
        <translation># （所有参数均为 Linux 默认值）</translation>
    </message>
    <message>
        <source>the range is too long for one image: choose a shorter range, or SVG or PDF</source>
        <translation>时间段太长，放不进一张图片：请选更短的时间段，或导出 SVG 或 PDF</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1：是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1: cannot be read (permission denied)</source>
        <translation>%1：无法读取（权限不足）</translation>
    </message>
    <message>
        <source>%1: this window cannot open such files</source>
        <translation>%1：此窗口不能打开这类文件</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>%1: not a file CloseLab opens (expected a name ending in .%2 or .%3)</source>
        <translation>%1：不是 CloseLab 能打开的文件（文件名应以 .%2 或 .%3 结尾）</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>%1: expected an object {&quot;en&quot;: text, &quot;zh_CN&quot;: text}</source>
        <translation>%1：应为对象 {&quot;en&quot;: 文本, &quot;zh_CN&quot;: 文本}</translation>
    </message>
    <message>
        <source>%1.%2: unknown language (known: en, zh_CN)</source>
        <translation>%1.%2：未知语言（可用：en、zh_CN）</translation>
    </message>
    <message>
        <source>%1.%2: expected a text of at most %3 characters</source>
        <translation>%1.%2：应为不超过 %3 个字符的文本</translation>
    </message>
    <message>
        <source>%1: expected an object with an &quot;experiment&quot;</source>
        <translation>%1：应为包含 &quot;experiment&quot; 的对象</translation>
    </message>
    <message>
        <source>%1.%2: unknown field (known: %3)</source>
        <translation>%1.%2：未知字段（可用：%3）</translation>
    </message>
    <message>
        <source>%1.experiment: expected the object a .closelab file holds</source>
        <translation>%1.experiment：应为 .closelab 文件中的那种对象</translation>
    </message>
    <message>
        <source>%1.start_s: expected seconds from %2 to %3</source>
        <translation>%1.start_s：应为 %2 到 %3 之间的秒数</translation>
    </message>
    <message>
        <source>%1.quiz: expected true or false</source>
        <translation>%1.quiz：应为 true 或 false</translation>
    </message>
    <message>
        <source>not a CloseLab lesson: invalid JSON at byte %1 (%2)</source>
        <translation>不是 CloseLab 课程：第 %1 字节处 JSON 无效（%2）</translation>
    </message>
    <message>
        <source>not a CloseLab lesson: the document is not a JSON object</source>
        <translation>不是 CloseLab 课程：文档不是 JSON 对象</translation>
    </message>
    <message>
        <source>not a CloseLab lesson: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>不是 CloseLab 课程：&quot;format&quot; 必须是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive integer</source>
        <translation>&quot;version&quot; 必须是正整数</translation>
    </message>
    <message>
        <source>written by a newer CloseLab (file version %1, this one reads %2)</source>
        <translation>由更新版本的 CloseLab 写入（文件版本 %1，本程序读取 %2）</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;steps&quot;: expected a list of 1 to %1 steps</source>
        <translation>&quot;steps&quot;：应为包含 1 到 %1 个步骤的列表</translation>
    </message>
    <message>
        <source>the file is too large to be a lesson (over 4 MB)</source>
        <translation>文件太大，不可能是课程（超过 4 MB）</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Add to Lesson</source>
        <translation>加入课程</translation>
    </message>
    <message>
        <source>A lesson holds at most %1 steps.</source>
        <translation>一个课程最多包含 %1 个步骤。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A step in the lesson panel&apos;s list: its number and title.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <extracomment>The lesson panel&apos;s title while the lesson has changes that are not saved.</extracomment>
        <translation>未打开课程</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>未命名课程</translation>
    </message>
    <message>
        <source>CloseLab lessons (*.closelab-lesson)</source>
        <translation>CloseLab 课程 (*.closelab-lesson)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>The previous step of the lesson</source>
        <translation>课程的上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>The next step of the lesson</source>
        <translation>课程的下一步</translation>
    </message>
    <message>
        <source>Notes for this step:</source>
        <translation>本步讲解：</translation>
    </message>
    <message>
        <source>Notes for the class (saved with the lesson, one text per language)</source>
        <translation>给全班的讲解（随课程保存，每种语言一份）</translation>
    </message>
    <message>
        <source>Quiz: the class predicts before each step</source>
        <translation>测验：每一步之前先让全班预测</translation>
    </message>
    <message>
        <source>Add This Experiment to the Lesson</source>
        <translation>把当前实验加入课程</translation>
    </message>
    <message>
        <source>Adds the scenario, parameters, network and options shown now, starting at the playhead&apos;s time</source>
        <translation>加入当前显示的场景、参数、网络和选项，从播放头所在时刻开始</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>Open Lesson…</source>
        <translation>打开课程…</translation>
    </message>
    <message>
        <source>Save Lesson As…</source>
        <translation>课程另存为…</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Unsaved Lesson</source>
        <translation>课程未保存</translation>
    </message>
    <message>
        <source>Save changes to the lesson %1?</source>
        <translation>保存对课程 %1 的更改吗？</translation>
    </message>
    <message>
        <source>The lesson has steps, notes or quiz settings that are not saved. Without saving, they are lost.</source>
        <translation>课程中有尚未保存的步骤、讲解或测验设置。不保存，它们就会丢失。</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
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
    <message>
        <source>Population run: %1 connections per second for %2 s…</source>
        <translation>批量运行：每秒 %1 个连接，持续 %2 秒…</translation>
    </message>
    <message>
        <source>Population run cancelled.</source>
        <translation>批量运行已取消。</translation>
    </message>
    <message>
        <source>Try %1 %2</source>
        <translation>试试 %1 %2</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Population run in progress</source>
        <translation>批量运行进行中</translation>
    </message>
    <message>
        <source>The experiment of the last session cannot be restored: %1</source>
        <translation>无法恢复上次会话的实验：%1</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>导出动画(&amp;A)…</translation>
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
        <translation>尾部丢包探测（TLP）：在最后一个报文发出后不久，Linux 会把它重发一次，以便在完整的 RTO 到期之前引出一个 ACK。</translation>
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
    <message>
        <source>The %1 from the %2 is lost: %3.</source>
        <translation>%2发出的 %1 丢失：%3。</translation>
    </message>
    <message>
        <source>lost after the capture point</source>
        <translation>在抓包点之后丢失</translation>
    </message>
    <message>
        <source>The capture saw %1, but the %2 went on as if it never arrived: it was lost between the capture point and the %2 (inferred).</source>
        <translation>抓包看到了 %1，但%2的表现就像从未收到它：它在抓包点与%2之间丢失了（推断）。</translation>
    </message>
    <message>
        <source>A capture shows what passed its own point on the wire; what the receiver did next (a retransmission, another probe) shows what reached it.</source>
        <translation>抓包只显示经过其所在位置的报文；接收方随后的行为（重传、再次探测）才表明哪些报文真正到达了它。</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation>（推断）</translation>
    </message>
    <message>
        <source>Inferred, not seen in the capture: %1</source>
        <translation>推断所得，抓包中未见：%1</translation>
    </message>
    <message>
        <source>The capture saw it pass, but its receiver behaves as if it never arrived (it retransmits what this segment acknowledged, or never answers it): it was lost between the capture point and the receiver.</source>
        <translation>抓包看到它经过，但接收方的表现就像从未收到它（重传这个报文段已确认的内容，或从不回应它）：它在抓包点与接收方之间丢失了。</translation>
    </message>
    <message>
        <source>(Frame %1 of the capture.)</source>
        <translation>（抓包中的第 %1 帧。）</translation>
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
    <message>
        <source>Hide the event log: the explanation takes its height</source>
        <translation>收起事件日志：解说占用它的高度</translation>
    </message>
    <message>
        <source>Show the event log: every event of the run, the current one selected</source>
        <translation>展开事件日志：本次运行的每个事件，当前事件已选中</translation>
    </message>
</context>
<context>
    <name>OptionTexts</name>
    <message>
        <source>Server closes after</source>
        <translation>服务端关闭前等待</translation>
    </message>
    <message>
        <source>Time between the server reading EOF and its close().</source>
        <translation>服务端读到 EOF 到调用 close() 之间的时间。</translation>
    </message>
    <message>
        <source>Client closes after</source>
        <translation>客户端关闭前等待</translation>
    </message>
    <message>
        <source>Time between the client reading EOF and its close().</source>
        <translation>客户端读到 EOF 到调用 close() 之间的时间。</translation>
    </message>
    <message>
        <source>How the application closes</source>
        <translation>应用的关闭方式</translation>
    </message>
    <message>
        <source>close: the socket becomes an orphan; shutdown: the application keeps it.</source>
        <translation>close：套接字成为孤儿连接；shutdown：应用仍持有它。</translation>
    </message>
    <message>
        <source>Server keeps sending for</source>
        <translation>服务端继续发送时长</translation>
    </message>
    <message>
        <source>How long the server sends after the client&apos;s shutdown(SHUT_WR).</source>
        <translation>客户端 shutdown(SHUT_WR) 之后服务端继续发送多久。</translation>
    </message>
    <message>
        <source>Server closes at</source>
        <translation>服务端关闭时刻</translation>
    </message>
    <message>
        <source>When the server application calls close(); empty: never.</source>
        <translation>服务端应用调用 close() 的时刻；留空：从不关闭。</translation>
    </message>
    <message>
        <source>Client closes at</source>
        <translation>客户端关闭时刻</translation>
    </message>
    <message>
        <source>When the client application calls close(); empty: never.</source>
        <translation>客户端应用调用 close() 的时刻；留空：从不关闭。</translation>
    </message>
    <message>
        <source>ACKs lost</source>
        <translation>丢失的 ACK 个数</translation>
    </message>
    <message>
        <source>How many of the client&apos;s last ACKs the network drops.</source>
        <translation>网络丢弃客户端最后几个 ACK 的个数。</translation>
    </message>
    <message>
        <source>TIME_WAIT</source>
        <translation>TIME_WAIT</translation>
    </message>
    <message>
        <source>on: the old connection waits 2MSL; off: it is gone at once, as if TIME_WAIT did not exist.</source>
        <translation>on：旧连接等待 2MSL；off：旧连接立即消失，就像没有 TIME_WAIT 一样。</translation>
    </message>
    <message>
        <source>New connection at</source>
        <translation>新连接开始时刻</translation>
    </message>
    <message>
        <source>When the new connection on the same 4-tuple starts.</source>
        <translation>同一四元组上的新连接开始的时刻。</translation>
    </message>
    <message>
        <source>SO_REUSEADDR</source>
        <translation>SO_REUSEADDR</translation>
    </message>
    <message>
        <source>1: the restarted server sets SO_REUSEADDR before bind().</source>
        <translation>1：重启的服务端在 bind() 之前设置 SO_REUSEADDR。</translation>
    </message>
    <message>
        <source>Who sets SO_LINGER {1, 0}</source>
        <translation>谁设置 SO_LINGER {1, 0}</translation>
    </message>
    <message>
        <source>client, server or both.</source>
        <translation>client（客户端）、server（服务端）或 both（两端）。</translation>
    </message>
    <message>
        <source>Server host comes back at</source>
        <translation>服务端主机恢复时刻</translation>
    </message>
    <message>
        <source>When the crashed host is up again (it answers with RST); empty: never.</source>
        <translation>崩溃的主机重新启动的时刻（它以 RST 回应）；留空：永不恢复。</translation>
    </message>
    <message>
        <source>Network heals at</source>
        <translation>网络恢复时刻</translation>
    </message>
    <message>
        <source>When the client&apos;s ACKs get through again.</source>
        <translation>客户端的 ACK 重新能够送达的时刻。</translation>
    </message>
    <message>
        <source>Application gives up at</source>
        <translation>应用放弃时刻</translation>
    </message>
    <message>
        <source>When the client application closes the connecting socket; empty: never.</source>
        <translation>客户端应用关闭正在连接的套接字的时刻；留空：从不。</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE</source>
        <translation>SO_KEEPALIVE</translation>
    </message>
    <message>
        <source>1: the socket sends keepalive probes when idle.</source>
        <translation>1：套接字空闲时发送保活探测。</translation>
    </message>
    <message>
        <source>Idle before the next write</source>
        <translation>下次写入前的空闲时长</translation>
    </message>
    <message>
        <source>How long the connection stays idle before the application writes again.</source>
        <translation>应用再次写入之前连接空闲多久。</translation>
    </message>
    <message>
        <source>Firewall action</source>
        <translation>防火墙动作</translation>
    </message>
    <message>
        <source>drop: segments of a forgotten connection vanish; reset: the firewall answers RST.</source>
        <translation>drop：被遗忘连接的报文直接消失；reset：防火墙回应 RST。</translation>
    </message>
    <message>
        <source>Receive buffer of the peer</source>
        <translation>对端接收缓冲区</translation>
    </message>
    <message>
        <source>SO_RCVBUF of the receiver that stops reading.</source>
        <translation>停止读取的接收方的 SO_RCVBUF。</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>每秒新建连接数</translation>
    </message>
    <message>
        <source>New connections arriving per second.</source>
        <translation>每秒到达的新连接数。</translation>
    </message>
    <message>
        <source>Arrivals for</source>
        <translation>连接到达持续时长</translation>
    </message>
    <message>
        <source>How long new connections keep arriving.</source>
        <translation>新连接持续到达多久。</translation>
    </message>
    <message>
        <source>Connections in all</source>
        <translation>连接总数</translation>
    </message>
    <message>
        <source>Sets the duration so that this many connections arrive.</source>
        <translation>据此设置持续时长，使到达的连接数等于该值。</translation>
    </message>
    <message>
        <source>Simulated after the last arrival</source>
        <translation>最后一个连接之后再模拟</translation>
    </message>
    <message>
        <source>Time simulated after the last connection arrived (TIME_WAIT drains).</source>
        <translation>最后一个连接到达后继续模拟的时间（TIME_WAIT 逐渐消退）。</translation>
    </message>
    <message>
        <source>Client machines</source>
        <translation>客户端机器数</translation>
    </message>
    <message>
        <source>Client machines, each with its own address.</source>
        <translation>客户端机器的数量，每台有自己的地址。</translation>
    </message>
    <message>
        <source>Clients behind one NAT</source>
        <translation>客户端位于同一 NAT 之后</translation>
    </message>
    <message>
        <source>1: all clients share one address (ports and timestamps shared).</source>
        <translation>1：所有客户端共用一个地址（端口与时间戳共享）。</translation>
    </message>
    <message>
        <source>Who closes first</source>
        <translation>谁先关闭</translation>
    </message>
    <message>
        <source>client, server or mix: the side that calls close() first gets TIME_WAIT.</source>
        <translation>client、server 或 mix：先调用 close() 的一方进入 TIME_WAIT。</translation>
    </message>
    <message>
        <source>Handlers that never close</source>
        <translation>从不关闭的处理程序比例</translation>
    </message>
    <message>
        <source>Fraction 0..1 of server handlers that never call close() (a CLOSE_WAIT leak).</source>
        <translation>从不调用 close() 的服务端处理程序所占比例 0..1（CLOSE_WAIT 泄漏）。</translation>
    </message>
    <message>
        <source>accept() calls per second</source>
        <translation>每秒 accept() 次数</translation>
    </message>
    <message>
        <source>How fast the server accepts; 0: at once.</source>
        <translation>服务端调用 accept() 的速度；0：立即接受。</translation>
    </message>
    <message>
        <source>Server calls accept()</source>
        <translation>服务端调用 accept()</translation>
    </message>
    <message>
        <source>0: the server never accepts (the accept queue fills).</source>
        <translation>0：服务端从不 accept()（全连接队列被填满）。</translation>
    </message>
    <message>
        <source>listen() backlog</source>
        <translation>listen() 的 backlog</translation>
    </message>
    <message>
        <source>The backlog passed to listen(), capped by net.core.somaxconn.</source>
        <translation>传给 listen() 的 backlog，上限为 net.core.somaxconn。</translation>
    </message>
    <message>
        <source>Connection held for</source>
        <translation>连接保持时长</translation>
    </message>
    <message>
        <source>Time between the response and the first close().</source>
        <translation>响应与第一次 close() 之间的时间。</translation>
    </message>
    <message>
        <source>Request size</source>
        <translation>请求大小</translation>
    </message>
    <message>
        <source>Bytes the client sends.</source>
        <translation>客户端发送的字节数。</translation>
    </message>
    <message>
        <source>Response size</source>
        <translation>响应大小</translation>
    </message>
    <message>
        <source>Bytes the server answers.</source>
        <translation>服务端回应的字节数。</translation>
    </message>
    <message>
        <source>Spoofed SYNs per second</source>
        <translation>每秒伪造 SYN 数</translation>
    </message>
    <message>
        <source>SYNs from addresses that never answer (a SYN flood).</source>
        <translation>来自从不回应的地址的 SYN（SYN 洪泛）。</translation>
    </message>
    <message>
        <source>Spoofed SYNs in all</source>
        <translation>伪造 SYN 总数</translation>
    </message>
    <message>
        <source>0: for as long as the arrivals last.</source>
        <translation>0：与连接到达持续同样长。</translation>
    </message>
    <message>
        <source>Burst: connections per second</source>
        <translation>突发：每秒新建连接数</translation>
    </message>
    <message>
        <source>The arrival rate during the burst (0: no burst).</source>
        <translation>突发期间的到达速率（0：没有突发）。</translation>
    </message>
    <message>
        <source>Burst starts at</source>
        <translation>突发开始时刻</translation>
    </message>
    <message>
        <source>When the burst begins.</source>
        <translation>突发开始的时刻。</translation>
    </message>
    <message>
        <source>Burst lasts</source>
        <translation>突发持续时长</translation>
    </message>
    <message>
        <source>How long the burst lasts.</source>
        <translation>突发持续多久。</translation>
    </message>
    <message>
        <source>Clients vanish</source>
        <translation>客户端消失</translation>
    </message>
    <message>
        <source>1: each client disappears right after sending its request.</source>
        <translation>1：每个客户端发出请求后立即消失。</translation>
    </message>
    <message>
        <source>Share closed by the server</source>
        <translation>由服务端先关闭的比例</translation>
    </message>
    <message>
        <source>Fraction 0..1 of connections the server closes first (closer = mix).</source>
        <translation>由服务端先关闭的连接所占比例 0..1（closer = mix 时）。</translation>
    </message>
    <message>
        <source>Retry a failed connect() after</source>
        <translation>connect() 失败后重试间隔</translation>
    </message>
    <message>
        <source>0: a connect() that failed at once is not retried.</source>
        <translation>0：立即失败的 connect() 不再重试。</translation>
    </message>
    <message>
        <source>First arrival at</source>
        <translation>第一个连接到达时刻</translation>
    </message>
    <message>
        <source>Seconds before the first connection arrives.</source>
        <translation>第一个连接到达之前的秒数。</translation>
    </message>
    <message>
        <source>s</source>
        <extracomment>The unit seconds after an option&apos;s title (&quot;Server closes after (s)&quot;)</extracomment>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>ParameterTexts</name>
    <message>
        <source>FIN_WAIT2 lifetime of orphans</source>
        <translation>孤儿连接的 FIN_WAIT2 时长</translation>
    </message>
    <message>
        <source>How long an orphaned connection (closed with close()) may stay in FIN_WAIT2 waiting for the peer&apos;s FIN; then the kernel drops it without TIME_WAIT.</source>
        <translation>孤儿连接（已用 close() 关闭）在 FIN_WAIT2 中等待对方 FIN 的最长时间；超时后内核直接丢弃它，不进入 TIME_WAIT。</translation>
    </message>
    <message>
        <source>It is not the TIME_WAIT length: TIME_WAIT is fixed at 60 s (TCP_TIMEWAIT_LEN). After shutdown() the socket is not an orphan and FIN_WAIT2 has no limit. Above 60 s the rest of the wait is spent as a FIN_WAIT2 timer, then as a TIME_WAIT-like mini socket.</source>
        <translation>它不是 TIME_WAIT 的时长：TIME_WAIT 固定为 60 秒（TCP_TIMEWAIT_LEN）。shutdown() 之后套接字不是孤儿连接，FIN_WAIT2 没有时限。超过 60 秒时，多出的部分先由 FIN_WAIT2 定时器计时，之后以类似 TIME_WAIT 的迷你套接字等待。</translation>
    </message>
    <message>
        <source>Retries of orphans</source>
        <translation>孤儿连接的重试次数</translation>
    </message>
    <message>
        <source>How many times an orphaned connection (FIN_WAIT1, CLOSING, LAST_ACK after close()) retransmits before the kernel gives up and drops it.</source>
        <translation>孤儿连接（close() 之后处于 FIN_WAIT1、CLOSING、LAST_ACK）在内核放弃并丢弃它之前的重传次数。</translation>
    </message>
    <message>
        <source>0 does not mean &quot;no retries&quot;: the kernel reads 0 as 8 (tcp_orphan_retries(): a small RTO gets 8 tries). It governs only orphans; a socket still owned by the application is limited by tcp_retries2.</source>
        <translation>0 并不表示“不重试”：内核把 0 当作 8（tcp_orphan_retries()：RTO 较小时重试 8 次）。它只管孤儿连接；仍归应用程序所有的套接字由 tcp_retries2 限制。</translation>
    </message>
    <message>
        <source>Retries before asking routing</source>
        <translation>请求路由检查前的重试次数</translation>
    </message>
    <message>
        <source>After this many retransmissions the kernel asks the network layer to check the route (negative advice); the connection lives on.</source>
        <translation>重传达到此次数后，内核请求网络层检查路由（negative advice）；连接继续存在。</translation>
    </message>
    <message>
        <source>Retries of established data</source>
        <translation>已建立连接的数据重试次数</translation>
    </message>
    <message>
        <source>How many retransmissions an owned connection makes before it is aborted with ETIMEDOUT. The default 15 is about 924.6 s with a 200 ms RTO.</source>
        <translation>归应用程序所有的连接在以 ETIMEDOUT 中止前的重传次数。默认值 15 在 RTO 为 200 毫秒时约为 924.6 秒。</translation>
    </message>
    <message>
        <source>The kernel turns the count into a time (tcp_model_timeout()): what matters is the total backoff time, not the number of segments.</source>
        <translation>内核把次数换算成时间（tcp_model_timeout()）：起作用的是总退避时间，而不是报文个数。</translation>
    </message>
    <message>
        <source>Minimum RTO</source>
        <translation>最小 RTO</translation>
    </message>
    <message>
        <source>The smallest retransmission timeout; on a LAN the RTO sits at this floor.</source>
        <translation>重传超时的下限；在局域网中 RTO 就停在这个下限上。</translation>
    </message>
    <message>
        <source>New in Linux 6.11; older kernels fix it at 200 ms (TCP_RTO_MIN) unless a route sets rto_min.</source>
        <translation>Linux 6.11 新增；旧内核固定为 200 毫秒（TCP_RTO_MIN），除非路由设置了 rto_min。</translation>
    </message>
    <message>
        <source>Maximum RTO</source>
        <translation>最大 RTO</translation>
    </message>
    <message>
        <source>The backoff stops doubling at this timeout.</source>
        <translation>退避翻倍到这个超时值后不再增长。</translation>
    </message>
    <message>
        <source>New in Linux 6.15; older kernels fix it at 120 s (TCP_RTO_MAX).</source>
        <translation>Linux 6.15 新增；旧内核固定为 120 秒（TCP_RTO_MAX）。</translation>
    </message>
    <message>
        <source>Tail loss probe</source>
        <translation>尾部丢包探测</translation>
    </message>
    <message>
        <source>3 (default) enables the tail loss probe: a lost last segment is re-sent after about 2 RTT instead of a full RTO.</source>
        <translation>3（默认）启用尾部丢包探测：丢失的最后一个报文约 2 个 RTT 后重发，而不是等一个完整的 RTO。</translation>
    </message>
    <message>
        <source>TIME_WAIT buckets</source>
        <translation>TIME_WAIT 桶</translation>
    </message>
    <message>
        <source>The most TIME_WAIT sockets a host keeps. Past it a closing socket skips TIME_WAIT and is destroyed at once (TCPTimeWaitOverflow).</source>
        <translation>一台主机最多保留的 TIME_WAIT 套接字数。超过后，正在关闭的套接字跳过 TIME_WAIT 直接销毁（TCPTimeWaitOverflow）。</translation>
    </message>
    <message>
        <source>Lowering it hides TIME_WAIT instead of curing it: the protection of 2MSL is lost for the connections over the limit.</source>
        <translation>调低它只是把 TIME_WAIT 藏起来，并没有解决问题：超出限制的连接失去了 2MSL 的保护。</translation>
    </message>
    <message>
        <source>Reuse TIME_WAIT ports</source>
        <translation>复用 TIME_WAIT 端口</translation>
    </message>
    <message>
        <source>Lets connect() take a port whose connection is in TIME_WAIT when timestamps prove the new connection is newer. 0 off, 1 on, 2 loopback only (default).</source>
        <translation>当时间戳能证明新连接更新时，允许 connect() 使用处于 TIME_WAIT 的连接的端口。0 关闭，1 开启，2 仅回环（默认）。</translation>
    </message>
    <message>
        <source>Helps only the side that connects (the client); needs tcp_timestamps on both ends. The port must have been in TIME_WAIT for tcp_tw_reuse_delay.</source>
        <translation>只对发起连接的一方（客户端）有效；需要两端都开启 tcp_timestamps。端口必须已在 TIME_WAIT 中停留 tcp_tw_reuse_delay。</translation>
    </message>
    <message>
        <source>Reuse delay</source>
        <translation>复用延迟</translation>
    </message>
    <message>
        <source>How long a TIME_WAIT socket must exist before tcp_tw_reuse may take its port.</source>
        <translation>TIME_WAIT 套接字至少存在多久，tcp_tw_reuse 才能复用它的端口。</translation>
    </message>
    <message>
        <source>New in Linux 6.13; before it the delay was 1 s.</source>
        <translation>Linux 6.13 新增；此前延迟固定为 1 秒。</translation>
    </message>
    <message>
        <source>Recycle TIME_WAIT (legacy)</source>
        <translation>快速回收 TIME_WAIT（旧内核）</translation>
    </message>
    <message>
        <source>Shortened TIME_WAIT and rejected SYNs whose timestamp went backwards (per-host PAWS).</source>
        <translation>缩短 TIME_WAIT，并拒绝时间戳倒退的 SYN（按主机的 PAWS）。</translation>
    </message>
    <message>
        <source>Exists only before Linux 4.12: it was removed because it drops connections from clients behind one NAT address. Shown here for old kernels and the tw_recycle_nat scenario.</source>
        <translation>只存在于 Linux 4.12 之前：因为会丢弃同一 NAT 地址后面客户端的连接而被移除。这里保留它，用于旧内核和 tw_recycle_nat 场景。</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>TCP timestamp option (RFC 7323): 1 on with random offsets (default), 2 on without offsets, 0 off.</source>
        <translation>TCP 时间戳选项（RFC 7323）：1 开启并使用随机偏移（默认），2 开启但不偏移，0 关闭。</translation>
    </message>
    <message>
        <source>tcp_tw_reuse and PAWS depend on it, on both ends.</source>
        <translation>tcp_tw_reuse 和 PAWS 都依赖它，且需要两端都开启。</translation>
    </message>
    <message>
        <source>Ephemeral ports: first</source>
        <translation>临时端口：起始</translation>
    </message>
    <message>
        <source>The lowest port connect() picks for a client socket.</source>
        <translation>connect() 为客户端套接字选择的最小端口。</translation>
    </message>
    <message>
        <source>Ports are counted per destination (address and port): 28,232 ports to one server:port, and a port in TIME_WAIT is not free.</source>
        <translation>端口按目的地（地址和端口）计数：到同一个 服务器:端口 共有 28,232 个端口，处于 TIME_WAIT 的端口不算空闲。</translation>
    </message>
    <message>
        <source>Ephemeral ports: last</source>
        <translation>临时端口：结束</translation>
    </message>
    <message>
        <source>The highest port connect() picks for a client socket.</source>
        <translation>connect() 为客户端套接字选择的最大端口。</translation>
    </message>
    <message>
        <source>SYN retries</source>
        <translation>SYN 重试次数</translation>
    </message>
    <message>
        <source>How many times connect() retransmits an unanswered SYN before it fails with ETIMEDOUT (6: about 127 s).</source>
        <translation>connect() 在以 ETIMEDOUT 失败前重传无应答 SYN 的次数（6 次：约 127 秒）。</translation>
    </message>
    <message>
        <source>Linear SYN timeouts</source>
        <translation>SYN 线性超时次数</translation>
    </message>
    <message>
        <source>The first this-many SYN retransmissions wait a fixed RTO before the backoff starts doubling.</source>
        <translation>前这么多次 SYN 重传使用固定 RTO，之后退避才开始翻倍。</translation>
    </message>
    <message>
        <source>New in Linux 6.18; older kernels double the SYN timeout from the first retry.</source>
        <translation>Linux 6.18 新增；旧内核从第一次重试起就让 SYN 超时翻倍。</translation>
    </message>
    <message>
        <source>SYN-ACK retries</source>
        <translation>SYN-ACK 重试次数</translation>
    </message>
    <message>
        <source>How many times the server retransmits a SYN-ACK whose ACK does not come; meanwhile the request occupies the SYN queue (5: 1+2+4+8+16+32 = 63 s).</source>
        <translation>服务端在收不到 ACK 时重传 SYN-ACK 的次数；在此期间请求一直占用半连接队列（5 次：1+2+4+8+16+32 = 63 秒）。</translation>
    </message>
    <message>
        <source>SYN queue size</source>
        <translation>半连接队列长度</translation>
    </message>
    <message>
        <source>With tcp_syncookies = 1 a full queue answers with SYN cookies instead of dropping; with 0, SYNs from unknown peers are already dropped once three quarters of it are used.</source>
        <translation>tcp_syncookies = 1 时，队列满后用 SYN cookie 应答而不是丢弃；为 0 时，队列用掉四分之三后就开始丢弃来自陌生对端的 SYN。</translation>
    </message>
    <message>
        <source>SYN cookies</source>
        <translation>SYN cookie</translation>
    </message>
    <message>
        <source>1 (default): when the SYN queue overflows the server encodes the request in the SYN-ACK&apos;s sequence number; 2 always; 0 never (SYNs are dropped).</source>
        <translation>1（默认）：半连接队列溢出时，服务端把请求编码进 SYN-ACK 的序列号；2 总是使用；0 从不使用（SYN 被丢弃）。</translation>
    </message>
    <message>
        <source>Reset on accept queue overflow</source>
        <translation>全连接队列溢出时发送 RST</translation>
    </message>
    <message>
        <source>Accept queue cap</source>
        <translation>全连接队列上限</translation>
    </message>
    <message>
        <source>The accept queue holds min(backlog, somaxconn) + 1 connections.</source>
        <translation>全连接队列可容纳 min(backlog, somaxconn) + 1 个连接。</translation>
    </message>
    <message>
        <source>The default is 4096 since Linux 5.4 (128 before, as older articles say).</source>
        <translation>自 Linux 5.4 起默认值为 4096（此前为 128，旧文章中的说法）。</translation>
    </message>
    <message>
        <source>Keepalive idle time</source>
        <translation>keepalive 空闲时间</translation>
    </message>
    <message>
        <source>Idle time before the first keepalive probe of a socket with SO_KEEPALIVE.</source>
        <translation>设置了 SO_KEEPALIVE 的套接字在发送第一个 keepalive 探测前的空闲时间。</translation>
    </message>
    <message>
        <source>Only sockets that set SO_KEEPALIVE probe at all; it does not close CLOSE_WAIT by itself when the peer still answers.</source>
        <translation>只有设置了 SO_KEEPALIVE 的套接字才会探测；对端仍有应答时，它本身并不会关闭 CLOSE_WAIT。</translation>
    </message>
    <message>
        <source>Keepalive interval</source>
        <translation>keepalive 间隔</translation>
    </message>
    <message>
        <source>Time between unanswered keepalive probes.</source>
        <translation>无应答的 keepalive 探测之间的间隔。</translation>
    </message>
    <message>
        <source>Keepalive probes</source>
        <translation>keepalive 探测次数</translation>
    </message>
    <message>
        <source>Unanswered probes before the connection is reset with ETIMEDOUT.</source>
        <translation>连接以 ETIMEDOUT 重置前的无应答探测次数。</translation>
    </message>
    <message>
        <source>Orphan limit</source>
        <translation>孤儿连接上限</translation>
    </message>
    <message>
        <source>Not per network namespace; the kernel sizes the default from memory.</source>
        <translation>不按网络命名空间区分；内核根据内存大小确定默认值。</translation>
    </message>
    <message>
        <source>File descriptors (ulimit -n)</source>
        <translation>文件描述符（ulimit -n）</translation>
    </message>
    <message>
        <source>The process&apos;s descriptor limit: every socket the application holds, CLOSE_WAIT included, uses one; at the limit accept() fails with EMFILE.</source>
        <translation>进程的描述符上限：应用持有的每个套接字（包括 CLOSE_WAIT）都占用一个；达到上限后 accept() 以 EMFILE 失败。</translation>
    </message>
    <message>
        <source>A process limit, not a sysctl (setrlimit, /etc/security/limits.conf).</source>
        <translation>这是进程限制，不是 sysctl（setrlimit、/etc/security/limits.conf）。</translation>
    </message>
    <message>
        <source>Close and retransmission</source>
        <translation>关闭与重传</translation>
    </message>
    <message>
        <source>TIME_WAIT and ports</source>
        <translation>TIME_WAIT 与端口</translation>
    </message>
    <message>
        <source>Handshake and queues</source>
        <translation>握手与队列</translation>
    </message>
    <message>
        <source>Keepalive</source>
        <translation>keepalive 保活</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>资源上限</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Scenario options</source>
        <translation>场景选项</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>个</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>fds</source>
        <translation>个描述符</translation>
    </message>
    <message>
        <source>mode</source>
        <extracomment>a sysctl whose value selects a mode (0, 1, 2)</extracomment>
        <translation>模式</translation>
    </message>
    <message>
        <source>on/off</source>
        <extracomment>a sysctl that is 0 (off) or 1 (on)</extracomment>
        <translation>开/关</translation>
    </message>
    <message>
        <source>Linux default: %1 %2. Range: %3 to %4.</source>
        <translation>Linux 默认值：%1 %2。范围：%3 到 %4。</translation>
    </message>
    <message>
        <source>A process limit, set per process.</source>
        <translation>进程级限制，按进程设置。</translation>
    </message>
    <message>
        <source>Host-wide: not settable per network namespace.</source>
        <translation>全主机生效：不能按网络命名空间设置。</translation>
    </message>
    <message>
        <source>One-way delay</source>
        <translation>单向时延</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>抖动</translation>
    </message>
    <message>
        <source>Loss client → server</source>
        <translation>丢包率 客户端 → 服务端</translation>
    </message>
    <message>
        <source>Loss server → client</source>
        <translation>丢包率 服务端 → 客户端</translation>
    </message>
    <message>
        <source>Duplication</source>
        <translation>重复率</translation>
    </message>
    <message>
        <source>Drop rules</source>
        <translation>丢包规则</translation>
    </message>
    <message>
        <source>Firewall idle timeout</source>
        <translation>防火墙空闲超时</translation>
    </message>
    <message>
        <source>Firewall action</source>
        <translation>防火墙动作</translation>
    </message>
    <message>
        <source>Time a segment takes from one host to the other (a LAN: 0.5 ms; loopback: 4 µs).</source>
        <translation>报文从一台主机到另一台所需的时间（局域网：0.5 毫秒；回环：4 微秒）。</translation>
    </message>
    <message>
        <source>A random extra delay up to this value; segments keep their order.</source>
        <translation>不超过此值的随机附加时延；报文保持顺序。</translation>
    </message>
    <message>
        <source>Probability that a segment from the client is lost.</source>
        <translation>客户端发出的报文丢失的概率。</translation>
    </message>
    <message>
        <source>Probability that a segment from the server is lost.</source>
        <translation>服务端发出的报文丢失的概率。</translation>
    </message>
    <message>
        <source>Probability that a segment is delivered twice.</source>
        <translation>报文被重复投递的概率。</translation>
    </message>
    <message>
        <source>Scripted drops, DIR:MATCH[:WHEN]: s2c:any, c2s:ack:n=2, s2c:fin:first, c2s:data:from=0.5.</source>
        <translation>脚本化丢包，格式 方向:匹配[:时机]：s2c:any、c2s:ack:n=2、s2c:fin:first、c2s:data:from=0.5。</translation>
    </message>
    <message>
        <source>A stateful firewall between the hosts forgets a connection idle this long (0: no firewall).</source>
        <translation>两台主机之间的有状态防火墙会忘记空闲这么久的连接（0：无防火墙）。</translation>
    </message>
    <message>
        <source>What the firewall does with a segment of a forgotten connection.</source>
        <translation>防火墙如何处理已被遗忘的连接的报文。</translation>
    </message>
    <message>
        <source>The SYN queue (half-open connections): requests waiting for the handshake&apos;s last ACK.</source>
        <translation>半连接队列（SYN 队列）：等待握手最后一个 ACK 的连接请求。</translation>
    </message>
    <message>
        <source>When the accept queue is full: 0 drops the handshake&apos;s last ACK so the client retries; 1 answers with RST.</source>
        <translation>全连接队列满时：0 丢弃握手的最后一个 ACK，让客户端重试；1 回复 RST。</translation>
    </message>
    <message>
        <source>The most orphaned connections (closed by the application but not finished) a host keeps; past it new orphans are reset at once (TCPAbortOnMemory).</source>
        <translation>一台主机最多保留的孤儿连接数（应用已关闭但连接尚未结束）；超过后新的孤儿连接立即被重置（TCPAbortOnMemory）。</translation>
    </message>
    <message>
        <source>0 means 8 to the kernel</source>
        <translation>0 在内核中表示 8</translation>
    </message>
    <message>
        <source>tail loss probe on</source>
        <translation>尾部丢包探测（TLP）开启</translation>
    </message>
    <message>
        <source>tail loss probe off</source>
        <translation>尾部丢包探测（TLP）关闭</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>on for every connection</source>
        <translation>对所有连接开启</translation>
    </message>
    <message>
        <source>on for loopback only</source>
        <translation>仅对回环地址开启</translation>
    </message>
    <message>
        <source>on, random offset per connection</source>
        <translation>开启，每个连接随机偏移</translation>
    </message>
    <message>
        <source>on, no random offset</source>
        <translation>开启，不加随机偏移</translation>
    </message>
    <message>
        <source>when the SYN queue overflows</source>
        <translation>半连接队列溢出时</translation>
    </message>
    <message>
        <source>always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>reset the connection</source>
        <translation>发送 RST 重置连接</translation>
    </message>
    <message>
        <source>drop the ACK, the client retries</source>
        <translation>丢弃 ACK，由客户端重试</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>the unit milliseconds after a value (Chinese: 毫秒, as the rest of the interface writes it)</extracomment>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>µs</source>
        <extracomment>the unit microseconds after a value (Chinese: 微秒)</extracomment>
        <translation>微秒</translation>
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
        <extracomment>Playback speed as a multiple of the clock&apos;s pace, e.g. &quot;0.5×&quot;</extracomment>
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
        <source>Loop</source>
        <translation>循环播放</translation>
    </message>
    <message>
        <source>Playback speed. At 1× a segment in flight takes about a second to cross.</source>
        <translation>播放速度。1× 时，一个在途报文段大约用一秒走完。</translation>
    </message>
    <message>
        <source>Real Time</source>
        <extracomment>Checkable toolbar button: play in proportion to simulated time instead of compressing idle stretches</extracomment>
        <translation>真实时间</translation>
    </message>
    <message>
        <source>Play in real time (times the speed) instead of passing quickly through idle stretches; timers always show real time.</source>
        <translation>按真实时间（乘以速度）播放，而不是快速跳过空闲时段；定时器始终显示真实时间。</translation>
    </message>
    <message>
        <source>Simulated time; each tick is an event of the run</source>
        <translation>模拟时间；每个刻度是本次运行中的一个事件</translation>
    </message>
    <message>
        <source>t = %1 / %2</source>
        <extracomment>Playhead position: current simulated time and the end of the run, e.g. &quot;t = 0.000250 s / 62.047568 s&quot;</extracomment>
        <translation>t = %1 / %2</translation>
    </message>
    <message>
        <source>Step &amp;by:</source>
        <extracomment>Toolbar label before the choice of what one step moves to</extracomment>
        <translation>步进方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>报文段</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>每个事件</translation>
    </message>
    <message>
        <source>What Step Forward and Step Back (←/→) move to: the next segment arriving, the next state change, or the next event of any kind (timers, calls).</source>
        <translation>前进一步和后退一步（←/→）跳到哪里：下一个报文段到达、下一次状态变化，或任何一个事件（定时器、系统调用）。</translation>
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
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>no socket</source>
        <translation>没有套接字</translation>
    </message>
    <message>
        <source>accept() EMFILE %1</source>
        <translation>accept() EMFILE %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Population: no sample yet.</source>
        <translation>批量运行：还没有采样。</translation>
    </message>
    <message>
        <source>Population at %1 · client: %2 · server: %3
connect() %4 ok of %5 · failed so far: %6 · RSTs so far: %7</source>
        <translation>批量运行 %1 时 · 客户端：%2 · 服务端：%3
connect() 成功 %4 / 共 %5 · 至今失败：%6 · 至今 RST：%7</translation>
    </message>
    <message>
        <source>The population:</source>
        <translation>整体情况：</translation>
    </message>
    <message>
        <source>at %1, %2 connections have been attempted and %3 established. Client sockets: %4. Server sockets: %5.</source>
        <translation>到 %1 为止，共尝试 %2 个连接，建立了 %3 个。客户端套接字：%4。服务端套接字：%5。</translation>
    </message>
    <message>
        <source>%1 connect() calls failed with %2</source>
        <translation>%1 次 connect() 调用失败，错误 %2</translation>
    </message>
    <message>
        <source>%1 accept() calls failed with EMFILE (no file descriptor left)</source>
        <translation>%1 次 accept() 调用失败，错误 EMFILE（文件描述符用完）</translation>
    </message>
    <message>
        <source>So far:</source>
        <translation>至今：</translation>
    </message>
    <message>
        <source>RSTs so far:</source>
        <translation>至今发出的 RST：</translation>
    </message>
    <message>
        <source>Population summary</source>
        <translation>批量运行汇总</translation>
    </message>
    <message>
        <source>connect() attempted</source>
        <translation>connect() 尝试次数</translation>
    </message>
    <message>
        <source>connect() succeeded</source>
        <translation>connect() 成功次数</translation>
    </message>
    <message>
        <source>connect() failed: %1</source>
        <translation>connect() 失败：%1</translation>
    </message>
    <message>
        <source>accept() succeeded</source>
        <translation>accept() 成功次数</translation>
    </message>
    <message>
        <source>accept() failed: EMFILE</source>
        <translation>accept() 失败：EMFILE</translation>
    </message>
    <message>
        <source>RST: %1</source>
        <translation>RST：%1</translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>first at %1</source>
        <translation>首次出现于 %1</translation>
    </message>
    <message>
        <source>The sequence diagram shows connection #1 of %1: a sample. The counts above are the whole population&apos;s.</source>
        <translation>时序图显示的是 %1 个连接中的第 1 个：只是一个样本。上面的计数是全部连接的。</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen for a class: the diagram large, the state graph beside it, the narration as a caption, projector colours. Esc leaves.</source>
        <translation>为课堂全屏演示：时序图放大，状态图在旁，解说作为字幕，投影仪配色。按 Esc 退出。</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Press → or Page Down to step through the run.</source>
        <translation>按 → 或 Page Down 逐步演示这次运行。</translation>
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
        <translation>Linux 默认值</translation>
    </message>
    <message>
        <source>Linux 6.18 in a fresh network namespace</source>
        <translation>Linux 6.18 新建网络命名空间中的值</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>read from %1 (read-only)</source>
        <translation>从 %1 读取（只读）</translation>
    </message>
    <message>
        <source>%1: %2 is outside the range the simulation accepts</source>
        <translation>%1：%2 超出模拟接受的范围</translation>
    </message>
    <message>
        <source>%1: unlimited or unreadable</source>
        <translation>%1：无限制或无法读取</translation>
    </message>
    <message>
        <source>%1: not on this kernel (removed in Linux 4.12)</source>
        <translation>%1：本内核没有此参数（Linux 4.12 已移除）</translation>
    </message>
    <message>
        <source>%1: not on this kernel</source>
        <translation>%1：本内核没有此参数</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; not accepted (%3)</source>
        <translation>%1：不接受“%2”（%3）</translation>
    </message>
    <message>
        <source>Shorter keepalive (against CLOSE_WAIT)</source>
        <translation>缩短 keepalive（应对 CLOSE_WAIT）</translation>
    </message>
    <message>
        <source>seed 000: the table of optimised values (keepalive 1800 s, 15 s, 3 probes)</source>
        <translation>种子 000：优化值表（keepalive 1800 秒、15 秒、3 次探测）</translation>
    </message>
    <message>
        <source>The load test&apos;s machines</source>
        <translation>压测机器的配置</translation>
    </message>
    <message>
        <source>seed 001: tcp_max_tw_buckets 81920 and ip_local_port_range 1024-65000 on both machines</source>
        <translation>种子 001：两台机器的 tcp_max_tw_buckets 为 81920，ip_local_port_range 为 1024-65000</translation>
    </message>
    <message>
        <source>Active closer tuning</source>
        <translation>主动关闭方调优</translation>
    </message>
    <message>
        <source>seed 003: tcp_orphan_retries 0, tcp_max_orphans 16384, tcp_max_tw_buckets 5000, tcp_tw_reuse 1 (note: 0 retries means 8 to the kernel)</source>
        <translation>种子 003：tcp_orphan_retries 0、tcp_max_orphans 16384、tcp_max_tw_buckets 5000、tcp_tw_reuse 1（注意：内核把 0 次重试当作 8 次）</translation>
    </message>
    <message>
        <source>Against SYN floods and full accept queues</source>
        <translation>应对 SYN 洪泛和全连接队列溢出</translation>
    </message>
    <message>
        <source>seed 004: tcp_syncookies 1, tcp_abort_on_overflow 1</source>
        <translation>种子 004：tcp_syncookies 1、tcp_abort_on_overflow 1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A preset in Edit &gt; Presets: its title, then where its values come from.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>QuizMode</name>
    <message>
        <source>Step forward (→): a question comes before each step it fits.</source>
        <translation>前进一步（→）：每一步之前，只要有合适的问题就会先提问。</translation>
    </message>
    <message>
        <source>&amp;Quiz: Predict, Then Reveal</source>
        <translation>小测验：先预测，再揭晓(&amp;Q)</translation>
    </message>
    <message>
        <source>Before each step, ask what happens next; the step plays once the class has answered (keys 1–4).</source>
        <translation>每一步之前先问接下来会发生什么；全班作答后（按键 1–4）这一步才播放。</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>小测验</translation>
    </message>
</context>
<context>
    <name>QuizTexts</name>
    <message>
        <source>The %1&apos;s application closes its end (close() or shutdown()) in %2. Which state does the socket enter?</source>
        <extracomment>%1 client or server, %2 its state now</extracomment>
        <translation>%1的应用在 %2 状态下关闭自己这一端（close() 或 shutdown()）。套接字会进入哪个状态？</translation>
    </message>
    <message>
        <source>The %1 is in %2. Which state does it enter next?</source>
        <extracomment>%1 client or server, %2 its state now</extracomment>
        <translation>%1现在处于 %2。它接下来会进入哪个状态？</translation>
    </message>
    <message>
        <source>Which side sends the next segment?</source>
        <translation>下一个报文段由哪一端发送？</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 timer is running. How long until it fires?</source>
        <extracomment>%1 client or server, %2 a timer&apos;s name (RTO, TIME_WAIT, keepalive…)</extracomment>
        <translation>%1的 %2 定时器正在运行。还要多久到期？</translation>
    </message>
    <message>
        <source>The kernel is about to end the %1&apos;s socket in %2. Which sysctl decides when?</source>
        <extracomment>%1 client or server, %2 its state (FIN_WAIT1)</extracomment>
        <translation>内核即将结束%1处于 %2 的套接字。由哪个 sysctl 决定何时结束？</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>服务端</translation>
    </message>
    <message>
        <source>Both at once</source>
        <translation>两端同时</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>答对了！</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>不对：答案是 %1。</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <extracomment>The quiz&apos;s score in this run</extracomment>
        <translation>得分：%2 题中答对 %1 题</translation>
    </message>
    <message>
        <source>The %1 reaches the %2, now in %3. Which state does it enter?</source>
        <extracomment>%1 a segment as the diagram names it (FIN, ACK of the FIN, SYN-ACK, RST, data 5 B), %2 client or server, %3 its state now (FIN_WAIT1)</extracomment>
        <translation>%1 到达%2，它现在处于 %3。它会进入哪个状态？</translation>
    </message>
</context>
<context>
    <name>RecoveryNote</name>
    <message>
        <source>CloseLab did not close normally last time: its unsaved experiment is restored.</source>
        <translation>CloseLab 上次未正常关闭：已恢复其未保存的实验。</translation>
    </message>
    <message>
        <source>CloseLab did not close normally last time: its experiment is restored.</source>
        <translation>CloseLab 上次未正常关闭：已恢复其实验。</translation>
    </message>
    <message>
        <source>CloseLab did not close normally last time: %1 is open again.</source>
        <translation>CloseLab 上次未正常关闭：已重新打开 %1。</translation>
    </message>
    <message>
        <source>Discard</source>
        <extracomment>Button: throw the recovered experiment away and start a new one.</extracomment>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Start a new experiment instead (Edit ▸ Undo also takes the restore back)</source>
        <translation>改为新建实验（“编辑 ▸ 撤销”也可撤回此次恢复）</translation>
    </message>
    <message>
        <source>Start a new experiment instead</source>
        <translation>改为新建实验</translation>
    </message>
    <message>
        <source>Keep</source>
        <extracomment>Button: keep the recovered experiment and hide this note.</extracomment>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>ReplayLauncher</name>
    <message>
        <source>&amp;Replay on the Engine</source>
        <translation>在引擎上重放(&amp;R)</translation>
    </message>
    <message>
        <source>Turn the chosen connection of the capture into an experiment (calls, lost segments, delay, sysctls) and compare the engine&apos;s run with the capture</source>
        <translation>把抓包中选中的连接变成一个实验（调用、丢失的报文段、时延、sysctl），并把引擎的运行结果与抓包对比</translation>
    </message>
</context>
<context>
    <name>ReplayTexts</name>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>pure ACK</source>
        <translation>纯 ACK</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>没有后续</translation>
    </message>
    <message>
        <source>%1: went through %2 in the capture, %3 on the engine.</source>
        <extracomment>%1 client/server, %2 and %3 state sequences such as &quot;TIME_WAIT → CLOSED&quot;</extracomment>
        <translation>%1：抓包中经历 %2，引擎中经历 %3。</translation>
    </message>
    <message>
        <source>%1: after %2, went through %3 in the capture, %4 on the engine.</source>
        <extracomment>%1 client/server, %2 the last state both runs share, %3 and %4 what followed in each</extracomment>
        <translation>%1：在 %2 之后，抓包中经历 %3，引擎中经历 %4。</translation>
    </message>
    <message>
        <source>%1: the kernel retransmitted the %2 %3 time(s), the engine %4.</source>
        <extracomment>%1 client/server, %2 a segment kind (FIN, SYN, data…), %3 and %4 counts</extracomment>
        <translation>%1：内核重传 %2 %3 次，引擎重传 %4 次。</translation>
    </message>
    <message>
        <source>%1: sent %3 %2 segment(s) in the capture, %4 on the engine.</source>
        <extracomment>%1 client/server, %2 a segment kind (FIN, pure ACK, data…), %3 and %4 counts</extracomment>
        <translation>%1：抓包中发送了 %3 个%2报文段，引擎中发送了 %4 个。</translation>
    </message>
    <message>
        <source>The engine reproduces the capture: the same states on both sides, the same segments of each kind and the same retransmissions.</source>
        <translation>引擎重现了抓包：双方状态相同，各类报文段相同，重传也相同。</translation>
    </message>
    <message>
        <source>The engine differs from the capture in %1 way(s): %2</source>
        <translation>引擎与抓包有 %1 处不同：%2</translation>
    </message>
    <message>
        <source>Read off the capture</source>
        <translation>从抓包读出</translation>
    </message>
    <message>
        <source>What the capture shows</source>
        <translation>抓包显示的内容</translation>
    </message>
    <message>
        <source>What the engine runs</source>
        <translation>引擎运行的内容</translation>
    </message>
    <message>
        <source>One-way delay</source>
        <translation>单向时延</translation>
    </message>
    <message>
        <source>handshake round trip %1</source>
        <translation>握手往返时间 %1</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>没有握手</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>监听套接字</translation>
    </message>
    <message>
        <source>RST answers the SYN</source>
        <translation>RST 回应了 SYN</translation>
    </message>
    <message>
        <source>nothing listens on port %1</source>
        <translation>端口 %1 上无人监听</translation>
    </message>
    <message>
        <source>frame #%1 at %2</source>
        <translation>第 #%1 帧，时刻 %2</translation>
    </message>
    <message>
        <source>(no segment shows it)</source>
        <translation>（没有报文段显示它）</translation>
    </message>
    <message>
        <source>called at %1</source>
        <translation>于 %1 调用</translation>
    </message>
    <message>
        <source>Lost after the capture point</source>
        <translation>在抓包点之后丢失</translation>
    </message>
    <message>
        <source>Lost before the capture point</source>
        <translation>在抓包点之前丢失</translation>
    </message>
    <message>
        <source>frames %1</source>
        <translation>帧 %1</translation>
    </message>
    <message>
        <source>only its retransmission, %1</source>
        <translation>只有它的重传，%1</translation>
    </message>
    <message>
        <source>drop rule %1</source>
        <translation>丢弃规则 %1</translation>
    </message>
    <message>
        <source>consistent: %1</source>
        <translation>一致的取值：%1</translation>
    </message>
    <message>
        <source>%1 (Linux&apos;s default, in the set)</source>
        <translation>%1（Linux 默认值，在集合内）</translation>
    </message>
    <message>
        <source>%1 (the middle of the set)</source>
        <translation>%1（集合的中间值）</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>帧 %1</translation>
    </message>
</context>
<context>
    <name>ScenarioChoice</name>
    <message>
        <source>%1: your changed parameters carry over (%2). Edit &gt; Undo goes back.</source>
        <translation>%1：你修改过的参数沿用到新场景（%2）。编辑 &gt; 撤销可回到之前。</translation>
    </message>
</context>
<context>
    <name>ScenarioSearch</name>
    <message>
        <source>Cannot assign requested address</source>
        <translation>无法分配请求的地址</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <source>Too many sockets in CLOSE_WAIT</source>
        <translation>CLOSE_WAIT 过多</translation>
    </message>
    <message>
        <source>Too many sockets in TIME_WAIT</source>
        <translation>TIME_WAIT 过多</translation>
    </message>
    <message>
        <source>time wait bucket table overflow</source>
        <translation>TIME_WAIT 桶表溢出</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>连接被对端重置</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>管道破裂</translation>
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
        <translation>地址已被使用</translation>
    </message>
    <message>
        <source>SYN flood</source>
        <translation>SYN 洪泛</translation>
    </message>
    <message>
        <source>possible SYN flooding on port</source>
        <translation>端口上可能有 SYN 洪泛</translation>
    </message>
    <message>
        <source>Listen queue overflow</source>
        <translation>全连接队列溢出</translation>
    </message>
    <message>
        <source>Too many orphaned sockets</source>
        <translation>孤儿连接过多</translation>
    </message>
    <message>
        <source>Stuck in FIN_WAIT1</source>
        <translation>停在 FIN_WAIT1</translation>
    </message>
    <message>
        <source>Stuck in FIN_WAIT2</source>
        <translation>停在 FIN_WAIT2</translation>
    </message>
    <message>
        <source>Idle connection dropped by a firewall</source>
        <translation>空闲连接被防火墙断开</translation>
    </message>
</context>
<context>
    <name>ScenarioTexts</name>
    <message>
        <source>The four-way close: the client closes first and ends in TIME_WAIT for 60 s; the server passes through CLOSE_WAIT and LAST_ACK.</source>
        <translation>四次挥手：客户端先关闭（主动关闭方），最后在 TIME_WAIT 停留 60 秒；服务端（被动关闭方）经过 CLOSE_WAIT 和 LAST_ACK。</translation>
    </message>
    <message>
        <source>HTTP style: the server closes after its response, so the server becomes the active closer and holds TIME_WAIT.</source>
        <translation>HTTP 风格：服务端在响应后先关闭，于是服务端成为主动关闭方，TIME_WAIT 留在服务端。</translation>
    </message>
    <message>
        <source>The passive side closes at once: its ACK rides on its FIN, and the close takes three segments.</source>
        <translation>被动关闭方立即关闭：它的 ACK 搭载在 FIN 上，挥手只需三个报文。</translation>
    </message>
    <message>
        <source>Both sides close at the same moment: FIN_WAIT1, CLOSING, then TIME_WAIT on both.</source>
        <translation>双方同时关闭：两端都经过 FIN_WAIT1、CLOSING，然后进入 TIME_WAIT。</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): the client stops sending but keeps reading (half-close); its FIN_WAIT2 has no timer.</source>
        <translation>shutdown(SHUT_WR)：客户端停止发送但继续读取（半关闭）；它的 FIN_WAIT2 没有定时器。</translation>
    </message>
    <message>
        <source>Everything from the server is lost: the client&apos;s FIN is retransmitted with doubling timeouts until its retry budget ends.</source>
        <translation>服务端发出的报文全部丢失：客户端的 FIN 以翻倍的超时重传，直到重试次数用完。</translation>
    </message>
    <message>
        <source>The server never calls close() (a CLOSE_WAIT bug): the client&apos;s orphaned FIN_WAIT2 ends after tcp_fin_timeout.</source>
        <translation>服务端始终不调用 close()（CLOSE_WAIT 缺陷）：客户端的孤儿连接在 FIN_WAIT2 中等待 tcp_fin_timeout 后结束。</translation>
    </message>
    <message>
        <source>The client&apos;s last ACK is lost: LAST_ACK retransmits its FIN and TIME_WAIT answers it again; this is why TIME_WAIT exists.</source>
        <translation>客户端的最后一个 ACK 丢失：LAST_ACK 重传 FIN，TIME_WAIT 再次应答；这正是 TIME_WAIT 存在的原因。</translation>
    </message>
    <message>
        <source>Why 2MSL: a delayed duplicate from an old connection meets a new connection on the same four-tuple.</source>
        <translation>为什么要 2MSL：旧连接延迟到达的重复报文遇到了同一四元组上的新连接。</translation>
    </message>
    <message>
        <source>The server closes first, restarts and binds its port again: EADDRINUSE while its TIME_WAIT lives, unless SO_REUSEADDR.</source>
        <translation>服务端先关闭，重启后再次绑定端口：在 TIME_WAIT 存在期间得到 EADDRINUSE，除非设置了 SO_REUSEADDR。</translation>
    </message>
    <message>
        <source>SO_LINGER with a zero timeout: close() sends RST instead of FIN, and there is no TIME_WAIT.</source>
        <translation>SO_LINGER 超时为 0：close() 发送 RST 而不是 FIN，也没有 TIME_WAIT。</translation>
    </message>
    <message>
        <source>close() with unread data in the receive queue: the kernel answers with RST, not FIN.</source>
        <translation>接收队列中还有未读数据时 close()：内核发送 RST 而不是 FIN。</translation>
    </message>
    <message>
        <source>connect() to a port nobody listens on: RST, and connect() fails with ECONNREFUSED.</source>
        <translation>connect() 一个无人监听的端口：收到 RST，connect() 以 ECONNREFUSED 失败。</translation>
    </message>
    <message>
        <source>Data reaches a socket whose application has closed it: RST, then the writer gets EPIPE.</source>
        <translation>数据到达一个已被应用关闭的套接字：回复 RST，随后写方得到 EPIPE。</translation>
    </message>
    <message>
        <source>The server host dies silently: the client&apos;s data is retransmitted until tcp_retries2 gives up (about 15 minutes).</source>
        <translation>服务端主机悄无声息地宕机：客户端的数据一直重传，直到 tcp_retries2 放弃（约 15 分钟）。</translation>
    </message>
    <message>
        <source>The server process dies: its kernel closes the socket with a FIN; the client&apos;s next write meets an RST.</source>
        <translation>服务端进程崩溃：内核用 FIN 关闭其套接字；客户端的下一次写入遇到 RST。</translation>
    </message>
    <message>
        <source>The handshake&apos;s last ACK is lost: the server retransmits its SYN-ACK up to tcp_synack_retries times.</source>
        <translation>握手的最后一个 ACK 丢失：服务端最多重传 SYN-ACK tcp_synack_retries 次。</translation>
    </message>
    <message>
        <source>Every SYN is dropped: SYN retransmissions, then connect() fails with ETIMEDOUT.</source>
        <translation>所有 SYN 都被丢弃：SYN 不断重传，之后 connect() 以 ETIMEDOUT 失败。</translation>
    </message>
    <message>
        <source>An idle connection to a vanished peer: keepalive probes, then a reset with ETIMEDOUT.</source>
        <translation>对端已消失的空闲连接：发送 keepalive 探测，然后以 ETIMEDOUT 重置。</translation>
    </message>
    <message>
        <source>A firewall forgets an idle connection; the next write vanishes (or is reset).</source>
        <translation>防火墙忘记了空闲连接；下一次写入石沉大海（或被重置）。</translation>
    </message>
    <message>
        <source>The FIN waits behind data the peer cannot take (zero window): an orphan probing until tcp_orphan_retries.</source>
        <translation>FIN 排在对端无法接收的数据之后（零窗口）：孤儿连接不断探测，直到 tcp_orphan_retries。</translation>
    </message>
    <message>
        <source>200 connections per second closed by the client: TIME_WAIT stops growing at tcp_max_tw_buckets.</source>
        <translation>每秒 200 个由客户端关闭的连接：TIME_WAIT 数量在 tcp_max_tw_buckets 处停止增长。</translation>
    </message>
    <message>
        <source>1000 connections per second to one server port: the client&apos;s ports all sit in TIME_WAIT and connect() fails with EADDRNOTAVAIL.</source>
        <translation>每秒 1000 个连接到同一个服务端端口：客户端的端口全部处于 TIME_WAIT，connect() 以 EADDRNOTAVAIL 失败。</translation>
    </message>
    <message>
        <source>The same load with tcp_tw_reuse = 1: ports in TIME_WAIT are taken again after tcp_tw_reuse_delay.</source>
        <translation>同样的负载，tcp_tw_reuse = 1：处于 TIME_WAIT 的端口在 tcp_tw_reuse_delay 之后被复用。</translation>
    </message>
    <message>
        <source>A tenth of the server&apos;s handlers never close: CLOSE_WAIT grows until ulimit -n, then accept() fails with EMFILE.</source>
        <translation>服务端十分之一的处理程序从不关闭连接：CLOSE_WAIT 一直增长到 ulimit -n，之后 accept() 以 EMFILE 失败。</translation>
    </message>
    <message>
        <source>The server closes and its clients vanish: orphans pile up past tcp_max_orphans and are reset.</source>
        <translation>服务端关闭而客户端消失：孤儿连接越积越多，超过 tcp_max_orphans 后被重置。</translation>
    </message>
    <message>
        <source>Kernels before 4.12: tcp_tw_recycle drops SYNs from clients behind one NAT address.</source>
        <translation>4.12 之前的内核：tcp_tw_recycle 会丢弃同一 NAT 地址后客户端的 SYN。</translation>
    </message>
    <message>
        <source>Seed 001&apos;s load test, scaled down: the clients run out of ports while the server keeps serving past its bucket limit.</source>
        <translation>种子 001 的压测（按比例缩小）：客户端端口耗尽，而服务端超过 TIME_WAIT 桶上限后仍继续服务。</translation>
    </message>
    <message>
        <source>A workload of your own: set rate, duration, clients and who closes in the scenario options.</source>
        <translation>自定义负载：在场景选项中设置速率、时长、客户端数量以及由谁先关闭。</translation>
    </message>
    <message>
        <source>Let the server wait 5 s before close(): watch the client sit in FIN_WAIT2 (half-closed) meanwhile.</source>
        <translation>让服务端在 close() 前等待 5 秒：观察客户端在此期间停留在 FIN_WAIT2（半关闭）。</translation>
    </message>
    <message>
        <source>Lower tcp_fin_timeout to 10 s: TIME_WAIT still lasts 60 s, the parameter does not shorten it.</source>
        <translation>把 tcp_fin_timeout 降到 10 秒：TIME_WAIT 仍是 60 秒，这个参数并不能缩短它。</translation>
    </message>
    <message>
        <source>Lose 30 % of the server&apos;s segments: watch the retransmission chart and the RTO doubling.</source>
        <translation>丢弃服务端 30% 的报文：观察重传图表和 RTO 翻倍。</translation>
    </message>
    <message>
        <source>The client closes 2 s later: the server&apos;s FIN_WAIT2 lasts 2 s, TIME_WAIT is still on the server.</source>
        <translation>客户端晚 2 秒关闭：服务端的 FIN_WAIT2 持续 2 秒，TIME_WAIT 仍在服务端。</translation>
    </message>
    <message>
        <source>No TIME_WAIT buckets: the server&apos;s socket skips TIME_WAIT and is destroyed at once.</source>
        <translation>没有 TIME_WAIT 桶：服务端套接字跳过 TIME_WAIT 直接销毁。</translation>
    </message>
    <message>
        <source>A 50 ms network: the three segments spread out; TIME_WAIT is still 60 s.</source>
        <translation>50 毫秒的网络：三个报文被拉开；TIME_WAIT 仍是 60 秒。</translation>
    </message>
    <message>
        <source>Drop the server&apos;s first FIN: watch LAST_ACK retransmit it after an RTO.</source>
        <translation>丢弃服务端的第一个 FIN：观察 LAST_ACK 在一个 RTO 后重传它。</translation>
    </message>
    <message>
        <source>Both use shutdown() instead of close(): the sockets are not orphans.</source>
        <translation>双方都用 shutdown() 代替 close()：套接字不是孤儿连接。</translation>
    </message>
    <message>
        <source>A 20 ms network: both FINs cross in flight and both sides pass CLOSING.</source>
        <translation>20 毫秒的网络：两个 FIN 在途中交叉，双方都经过 CLOSING。</translation>
    </message>
    <message>
        <source>The server keeps sending for 20 s: FIN_WAIT2 has no timer after shutdown(), it waits as long as needed.</source>
        <translation>服务端持续发送 20 秒：shutdown() 之后 FIN_WAIT2 没有定时器，要等多久就等多久。</translation>
    </message>
    <message>
        <source>tcp_fin_timeout 5 s: nothing changes, the socket is not an orphan.</source>
        <translation>tcp_fin_timeout 设为 5 秒：什么都没变，因为套接字不是孤儿连接。</translation>
    </message>
    <message>
        <source>tcp_orphan_retries 0: the kernel reads it as 8, count the FIN markers.</source>
        <translation>tcp_orphan_retries 设为 0：内核把它当作 8，数一数 FIN 标记。</translation>
    </message>
    <message>
        <source>shutdown() instead of close(): not an orphan, so tcp_retries2 (15) limits the FIN.</source>
        <translation>用 shutdown() 代替 close()：不是孤儿连接，所以由 tcp_retries2（15）限制 FIN 重传。</translation>
    </message>
    <message>
        <source>tcp_fin_timeout 10 s: the FIN_WAIT2 timer bar shrinks to 10 s.</source>
        <translation>tcp_fin_timeout 设为 10 秒：FIN_WAIT2 定时器条缩短到 10 秒。</translation>
    </message>
    <message>
        <source>shutdown() instead of close(): FIN_WAIT2 has no timer and never ends.</source>
        <translation>用 shutdown() 代替 close()：FIN_WAIT2 没有定时器，永远不会结束。</translation>
    </message>
    <message>
        <source>Lose three last ACKs: each FIN retransmission restarts TIME_WAIT&apos;s 60 s.</source>
        <translation>丢失三次最后的 ACK：每次 FIN 重传都会让 TIME_WAIT 的 60 秒重新计时。</translation>
    </message>
    <message>
        <source>No TIME_WAIT: the retransmitted FIN meets no socket and the server gets an RST.</source>
        <translation>没有 TIME_WAIT：重传的 FIN 找不到套接字，服务端收到 RST。</translation>
    </message>
    <message>
        <source>Without TIME_WAIT the old duplicate is accepted by the new connection.</source>
        <translation>没有 TIME_WAIT 时，旧的重复报文被新连接接受。</translation>
    </message>
    <message>
        <source>Reconnect after 2 s: the old segment has died by then.</source>
        <translation>2 秒后再重连：那时旧报文已经消失。</translation>
    </message>
    <message>
        <source>Set SO_REUSEADDR: bind() succeeds despite the TIME_WAIT socket.</source>
        <translation>设置 SO_REUSEADDR：尽管存在 TIME_WAIT 套接字，bind() 仍然成功。</translation>
    </message>
    <message>
        <source>No TIME_WAIT buckets: nothing holds the port, bind() succeeds.</source>
        <translation>没有 TIME_WAIT 桶：没有东西占用端口，bind() 成功。</translation>
    </message>
    <message>
        <source>Lose half the server&apos;s segments: an RST is never retransmitted.</source>
        <translation>丢弃服务端一半的报文：RST 从不重传。</translation>
    </message>
    <message>
        <source>A 100 ms network: the RST ends the connection at once, no TIME_WAIT.</source>
        <translation>100 毫秒的网络：RST 立即结束连接，没有 TIME_WAIT。</translation>
    </message>
    <message>
        <source>A 100 ms network: watch the unread data turn close() into an RST.</source>
        <translation>100 毫秒的网络：观察未读数据如何让 close() 变成 RST。</translation>
    </message>
    <message>
        <source>Drop the RST: the peer only notices at its next segment.</source>
        <translation>丢弃 RST：对端要到下一个报文时才发现。</translation>
    </message>
    <message>
        <source>Drop the RST: connect() retries its SYN instead of failing at once.</source>
        <translation>丢弃 RST：connect() 会重试 SYN，而不是立即失败。</translation>
    </message>
    <message>
        <source>tcp_syn_retries 2: with the RST lost too, connect() gives up sooner.</source>
        <translation>tcp_syn_retries 设为 2：RST 也丢失时，connect() 更早放弃。</translation>
    </message>
    <message>
        <source>A 50 ms network: the data and the RST cross in flight.</source>
        <translation>50 毫秒的网络：数据和 RST 在途中交叉。</translation>
    </message>
    <message>
        <source>The server reboots at 30 s: the next retransmission meets an RST.</source>
        <translation>服务端在 30 秒时重启：下一次重传遇到 RST。</translation>
    </message>
    <message>
        <source>A 50 ms network: the FIN of the dying process and the client&apos;s write cross.</source>
        <translation>50 毫秒的网络：崩溃进程的 FIN 与客户端的写入在途中交叉。</translation>
    </message>
    <message>
        <source>tcp_synack_retries 2: the request leaves the SYN queue after 7 s instead of 63 s.</source>
        <translation>tcp_synack_retries 设为 2：请求在 7 秒后离开半连接队列，而不是 63 秒。</translation>
    </message>
    <message>
        <source>The network heals at 3 s: the next SYN-ACK completes the handshake.</source>
        <translation>网络在 3 秒时恢复：下一个 SYN-ACK 完成握手。</translation>
    </message>
    <message>
        <source>tcp_syn_retries 2: connect() fails much sooner.</source>
        <translation>tcp_syn_retries 设为 2：connect() 失败得早得多。</translation>
    </message>
    <message>
        <source>No linear timeouts: the SYN timeouts double from the first retry.</source>
        <translation>不用线性超时：SYN 超时从第一次重试起就翻倍。</translation>
    </message>
    <message>
        <source>tcp_keepalive_time 60 s: the first probe comes after a minute, not two hours.</source>
        <translation>tcp_keepalive_time 设为 60 秒：第一次探测在一分钟后，而不是两小时后。</translation>
    </message>
    <message>
        <source>Three probes: the reset comes after three unanswered probes.</source>
        <translation>三次探测：三次探测无应答后连接被重置。</translation>
    </message>
    <message>
        <source>No SO_KEEPALIVE: the dead peer is never noticed.</source>
        <translation>不设置 SO_KEEPALIVE：永远发现不了对端已死。</translation>
    </message>
    <message>
        <source>Turn on keepalive: does a probe come before the firewall forgets?</source>
        <translation>开启 keepalive：探测能否赶在防火墙遗忘之前？</translation>
    </message>
    <message>
        <source>The firewall resets instead of dropping: the write fails at once.</source>
        <translation>防火墙发送重置而不是丢弃：写入立即失败。</translation>
    </message>
    <message>
        <source>A larger receive buffer: the window opens later, watch the probes.</source>
        <translation>更大的接收缓冲区：窗口更晚打开，观察探测报文。</translation>
    </message>
    <message>
        <source>2000 buckets: the TIME_WAIT plateau drops to the new dashed line.</source>
        <translation>2000 个桶：TIME_WAIT 平台降到新的虚线处。</translation>
    </message>
    <message>
        <source>50 connections per second: TIME_WAIT stays under the limit (50 × 60 = 3000).</source>
        <translation>每秒 50 个连接：TIME_WAIT 保持在上限以下（50 × 60 = 3000）。</translation>
    </message>
    <message>
        <source>Seed 001&apos;s wider port range: the failures start later.</source>
        <translation>种子 001 更宽的端口范围：失败出现得更晚。</translation>
    </message>
    <message>
        <source>tcp_tw_reuse 1: TIME_WAIT ports are reused and connect() keeps succeeding.</source>
        <translation>tcp_tw_reuse 设为 1：TIME_WAIT 端口被复用，connect() 持续成功。</translation>
    </message>
    <message>
        <source>tcp_tw_reuse 0: the ports run out as in port_exhaustion.</source>
        <translation>tcp_tw_reuse 设为 0：端口像 port_exhaustion 场景一样被耗尽。</translation>
    </message>
    <message>
        <source>No timestamps: reuse is not safe, so it does not happen.</source>
        <translation>没有时间戳：复用不安全，所以不会发生。</translation>
    </message>
    <message>
        <source>ulimit -n 4096: CLOSE_WAIT grows for longer before accept() fails.</source>
        <translation>ulimit -n 设为 4096：CLOSE_WAIT 增长更久，accept() 才失败。</translation>
    </message>
    <message>
        <source>Fix the bug (leak 0): CLOSE_WAIT stays near zero.</source>
        <translation>修复缺陷（leak 0）：CLOSE_WAIT 保持在接近零。</translation>
    </message>
    <message>
        <source>listen(128): the accept queue holds more before it overflows.</source>
        <translation>listen(128)：全连接队列能容纳更多连接才溢出。</translation>
    </message>
    <message>
        <source>No SYN cookies: the real client&apos;s SYNs are dropped.</source>
        <translation>不用 SYN cookie：真实客户端的 SYN 被丢弃。</translation>
    </message>
    <message>
        <source>tcp_synack_retries 1: spoofed requests leave the SYN queue sooner.</source>
        <translation>tcp_synack_retries 设为 1：伪造的请求更早离开半连接队列。</translation>
    </message>
    <message>
        <source>Seed 003&apos;s tcp_max_orphans 16384: the dashed limit moves up.</source>
        <translation>种子 003 的 tcp_max_orphans 16384：上限虚线上移。</translation>
    </message>
    <message>
        <source>tcp_orphan_retries 1: orphans die sooner and fewer pile up.</source>
        <translation>tcp_orphan_retries 设为 1：孤儿连接更早消亡，堆积更少。</translation>
    </message>
    <message>
        <source>tcp_tw_recycle 0 (every kernel since 4.12): the NAT clients connect again.</source>
        <translation>tcp_tw_recycle 设为 0（4.12 以后的所有内核）：NAT 后的客户端又能连上了。</translation>
    </message>
    <message>
        <source>No NAT: each client has its own timestamps and nothing is dropped.</source>
        <translation>不经过 NAT：每个客户端有自己的时间戳，不会被丢弃。</translation>
    </message>
    <message>
        <source>tcp_tw_reuse 1 on the clients: the port failures stop.</source>
        <translation>客户端设置 tcp_tw_reuse 1：端口耗尽导致的失败消失。</translation>
    </message>
    <message>
        <source>Seed 001&apos;s 81920 buckets: watch where TIME_WAIT levels off.</source>
        <translation>种子 001 的 81920 个桶：观察 TIME_WAIT 在哪里趋于平稳。</translation>
    </message>
    <message>
        <source>The server closes first: TIME_WAIT moves to the server.</source>
        <translation>服务端先关闭：TIME_WAIT 转移到服务端。</translation>
    </message>
    <message>
        <source>2000 connections per second: watch the ports run out.</source>
        <translation>每秒 2000 个连接：观察端口被耗尽。</translation>
    </message>
    <message>
        <source>Retransmission and timeouts</source>
        <translation>重传与超时</translation>
    </message>
    <message>
        <source>TIME_WAIT and ports</source>
        <translation>TIME_WAIT 与端口</translation>
    </message>
    <message>
        <source>RST</source>
        <translation>RST 复位</translation>
    </message>
    <message>
        <source>Handshake and queues</source>
        <translation>握手与队列</translation>
    </message>
    <message>
        <source>Keepalive and middleboxes</source>
        <translation>保活与中间设备</translation>
    </message>
    <message>
        <source>Many connections</source>
        <translation>大量连接</translation>
    </message>
    <message>
        <source>listen(8) and no accept(): the accept queue fills and later handshakes are dropped.</source>
        <translation>listen(8) 且从不 accept()：全连接队列被占满，之后的握手被丢弃。</translation>
    </message>
    <message>
        <source>Spoofed SYNs fill the SYN queue; with tcp_syncookies a real client still gets through.</source>
        <translation>伪造的 SYN 占满半连接队列；开启 tcp_syncookies 后真实客户端仍能连上。</translation>
    </message>
    <message>
        <source>tcp_retries2 5: the client gives up after about 13 s instead of 15 minutes.</source>
        <translation>tcp_retries2 设为 5：客户端约 13 秒后放弃，而不是 15 分钟。</translation>
    </message>
    <message>
        <source>Normal close (four-way handshake)</source>
        <translation>正常关闭（四次挥手）</translation>
    </message>
    <message>
        <source>tcp_orphan_retries 2: the orphan gives up sooner, after fewer FIN retransmissions.</source>
        <translation>tcp_orphan_retries 设为 2：孤儿连接更早放弃，FIN 重传次数更少。</translation>
    </message>
    <message>
        <source>Drop the client&apos;s first RST: the next data segment provokes another.</source>
        <translation>丢弃客户端的第一个 RST：下一个数据报文会再引发一个 RST。</translation>
    </message>
    <message>
        <source>Drop the server&apos;s FIN: the client never learns the process died; its write meets the RST.</source>
        <translation>丢弃服务端的 FIN：客户端始终不知道进程已退出，它的写操作遇到 RST。</translation>
    </message>
    <message>
        <source>tcp_rto_max_ms 1000: the probes&apos; backoff stops at 1 s and the orphan gives up within seconds.</source>
        <translation>tcp_rto_max_ms 设为 1000：探测的退避在 1 秒封顶，孤儿连接几秒内就放弃。</translation>
    </message>
    <message>
        <source>tcp_abort_on_overflow 1: still no RST here, new SYNs are dropped while the queue is full.</source>
        <translation>tcp_abort_on_overflow 设为 1：这里仍然没有 RST，全连接队列满时新的 SYN 被直接丢弃。</translation>
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
    <name>SegmentNamesMenu</name>
    <message>
        <source>Segment &amp;Names</source>
        <translation>报文段名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Plain Words</source>
        <translation>文字名称(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;tcpdump Notation</source>
        <extracomment>&quot;FIN&quot; → &quot;F. seq 6 ack 7&quot;, as tcpdump prints segments</extracomment>
        <translation>tcpdump 写法(&amp;T)</translation>
    </message>
    <message>
        <source>Name segments in words: FIN, ACK of the FIN, data 100 B</source>
        <translation>用文字命名报文段：FIN、对 FIN 的 ACK、数据 100 字节</translation>
    </message>
    <message>
        <source>Name segments as tcpdump prints them: F. seq 6 ack 7</source>
        <translation>按 tcpdump 的输出命名报文段：F. seq 6 ack 7</translation>
    </message>
</context>
<context>
    <name>SegmentText</name>
    <message>
        <source>keepalive probe</source>
        <translation>保活探测</translation>
    </message>
    <message>
        <source>FIN with data %1 B</source>
        <extracomment>A FIN that carries data: %1 bytes</extracomment>
        <translation>携带 %1 字节数据的 FIN</translation>
    </message>
    <message>
        <source>data %1 B</source>
        <extracomment>A data segment of %1 bytes</extracomment>
        <translation>数据 %1 字节</translation>
    </message>
    <message>
        <source>ACK of the FIN</source>
        <translation>对 FIN 的 ACK</translation>
    </message>
    <message>
        <source>ACK of the SYN-ACK</source>
        <translation>对 SYN-ACK 的 ACK</translation>
    </message>
    <message>
        <source>1st</source>
        <extracomment>Ordinals, as in &quot;retransmitted FIN (2nd)&quot;; Chinese 第一次, 第二次…</extracomment>
        <translation>第一次</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>第二次</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>第三次</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>第四次</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>第五次</translation>
    </message>
    <message>
        <source>6th</source>
        <translation>第六次</translation>
    </message>
    <message>
        <source>7th</source>
        <translation>第七次</translation>
    </message>
    <message>
        <source>8th</source>
        <translation>第八次</translation>
    </message>
    <message>
        <source>9th</source>
        <translation>第九次</translation>
    </message>
    <message>
        <source>10th</source>
        <translation>第十次</translation>
    </message>
    <message>
        <source>%1st</source>
        <translation>第 %1 次</translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation>第 %1 次</translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation>第 %1 次</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>第 %1 次</translation>
    </message>
    <message>
        <source>zero-window probe</source>
        <translation>零窗口探测</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A probe and which one it is: %1 &quot;keepalive probe&quot;, %2 an ordinal (&quot;2nd&quot;)</extracomment>
        <translation>%2%1</translation>
    </message>
    <message>
        <source>retransmitted %1</source>
        <extracomment>A segment sent again: %1 its name (FIN, data 100 B, SYN)</extracomment>
        <translation>重传的 %1</translation>
    </message>
    <message>
        <source>retransmitted %1 (%2)</source>
        <extracomment>A segment sent again: %1 its name (FIN), %2 which retransmission (&quot;2nd&quot; for the third transmission)</extracomment>
        <translation>%2重传的 %1</translation>
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
        <translation>数据</translation>
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
    <message>
        <source>%1 later</source>
        <extracomment>An idle stretch left out of the diagram, where &quot;… %1 later …&quot; does not fit</extracomment>
        <translation>%1 之后</translation>
    </message>
</context>
<context>
    <name>ServerHealthWindow</name>
    <message>
        <source>The main window is gone.</source>
        <translation>主窗口已经关闭。</translation>
    </message>
    <message>
        <source>Open %1 with the snapshot&apos;s sysctls</source>
        <translation>用快照中的 sysctl 打开 %1</translation>
    </message>
    <message>
        <source>Simulate the server snapshot</source>
        <translation>模拟服务器快照</translation>
    </message>
    <message>
        <source>Server Health</source>
        <translation>服务器健康</translation>
    </message>
</context>
<context>
    <name>ServerImportDialog</name>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Choose ss, netstat, nstat, /proc/net or sysctl output</source>
        <translation>选择 ss、netstat、nstat、/proc/net 或 sysctl 的输出</translation>
    </message>
    <message>
        <source>Paste some text or add a file first.</source>
        <translation>请先粘贴文本或添加文件。</translation>
    </message>
    <message>
        <source>Nothing here was understood. Expected the output of ss -tan, ss -s, netstat -s, nstat -az, cat /proc/net/sockstat (netstat, snmp, tcp), sysctl -a, ulimit -n or dmesg.</source>
        <translation>这里没有能读懂的内容。需要的是 ss -tan、ss -s、netstat -s、nstat -az、cat /proc/net/sockstat（netstat、snmp、tcp）、sysctl -a、ulimit -n 或 dmesg 的输出。</translation>
    </message>
    <message>
        <source>Import Server Snapshot</source>
        <translation>导入服务器快照</translation>
    </message>
    <message>
        <source>Paste what the server printed, several commands one after another (their prompts separate them), or add files: ss -tan (or -tano), ss -ltn, ss -s, netstat -ant, netstat -s, nstat -az, /proc/net/sockstat, /proc/net/netstat, /proc/net/snmp, /proc/net/tcp and tcp6, sysctl -a, ulimit -n, dmesg. Lines that are not understood are counted and shown, never fatal.</source>
        <translation>粘贴服务器打印的内容，可以一个命令接一个命令地粘贴（命令提示符把它们分开），或添加文件：ss -tan（或 -tano）、ss -ltn、ss -s、netstat -ant、netstat -s、nstat -az、/proc/net/sockstat、/proc/net/netstat、/proc/net/snmp、/proc/net/tcp 和 tcp6、sysctl -a、ulimit -n、dmesg。读不懂的行会被计数并列出，但不会导致失败。</translation>
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
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Idle timeout of a load balancer, NAT or firewall in front (s, 0: none):</source>
        <translation>前面的负载均衡、NAT 或防火墙的空闲超时（秒，0：没有）：</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ServerMenus</name>
    <message>
        <source>--server-snapshot: cannot read %1: %2</source>
        <translation>--server-snapshot：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--server-snapshot: nothing understood in %1</source>
        <translation>--server-snapshot：%1 中没有能读懂的内容</translation>
    </message>
    <message>
        <source>Import Server &amp;Snapshot…</source>
        <translation>导入服务器快照(&amp;S)…</translation>
    </message>
    <message>
        <source>Paste or open ss, netstat, nstat, /proc/net and sysctl output and get a diagnosis</source>
        <translation>粘贴或打开 ss、netstat、nstat、/proc/net 和 sysctl 的输出，得到诊断</translation>
    </message>
    <message>
        <source>This &amp;Machine</source>
        <translation>本机(&amp;M)</translation>
    </message>
    <message>
        <source>Sockets and counters of this machine, sampled every second (read only)</source>
        <translation>本机的套接字和计数器，每秒采样一次（只读）</translation>
    </message>
</context>
<context>
    <name>ServerTexts</name>
    <message>
        <source>Connections left in CLOSE_WAIT</source>
        <translation>停留在 CLOSE_WAIT 的连接</translation>
    </message>
    <message>
        <source>The peers closed their side, but the application never called close() on these sockets. No timer ends CLOSE_WAIT: each one holds a file descriptor until the process closes it or exits.</source>
        <translation>对端已经关闭了自己那一侧，但应用程序从未对这些套接字调用 close()。没有任何定时器会结束 CLOSE_WAIT：每个套接字都占着一个文件描述符，直到进程关闭它或退出。</translation>
    </message>
    <message>
        <source>Find the code path that does not close a socket after read() returned 0: an error path, a leaked pool entry.</source>
        <translation>找出 read() 返回 0 之后没有关闭套接字的代码路径：某个错误分支，或泄漏的连接池条目。</translation>
    </message>
    <message>
        <source>No sysctl ends CLOSE_WAIT: tcp_fin_timeout, keepalive and tcp_max_orphans do not touch it.</source>
        <translation>没有 sysctl 能结束 CLOSE_WAIT：tcp_fin_timeout、keepalive 和 tcp_max_orphans 都管不到它。</translation>
    </message>
    <message>
        <source>Ephemeral ports toward one destination running out</source>
        <translation>通往同一目的地的临时端口即将耗尽</translation>
    </message>
    <message>
        <source>Every connection to the same destination needs its own local port from ip_local_port_range; TIME_WAIT keeps a port for 60 s. When none is free, connect() fails with EADDRNOTAVAIL.</source>
        <translation>到同一目的地的每个连接都需要从 ip_local_port_range 中占用一个本地端口；TIME_WAIT 会把端口占住 60 秒。没有空闲端口时，connect() 失败，错误 EADDRNOTAVAIL。</translation>
    </message>
    <message>
        <source>Reuse connections (keep-alive, a pool), widen ip_local_port_range, add destination addresses, or let the server close first; tcp_tw_reuse=1 lets connect() reuse TIME_WAIT ports when timestamps are on.</source>
        <translation>复用连接（keep-alive、连接池），扩大 ip_local_port_range，增加目的地址，或让服务端先关闭；开启时间戳时，tcp_tw_reuse=1 允许 connect() 复用 TIME_WAIT 的端口。</translation>
    </message>
    <message>
        <source>Do not enable tcp_tw_recycle (removed in Linux 4.12, it broke clients behind NAT); TIME_WAIT&apos;s 60 s cannot be shortened by a sysctl.</source>
        <translation>不要开启 tcp_tw_recycle（Linux 4.12 已删除，它会让 NAT 后面的客户端连不上）；TIME_WAIT 的 60 秒无法用 sysctl 缩短。</translation>
    </message>
    <message>
        <source>TIME_WAIT bucket table full</source>
        <translation>TIME_WAIT 桶表已满</translation>
    </message>
    <message>
        <source>Past tcp_max_tw_buckets the kernel closes a socket at once instead of keeping it in TIME_WAIT and counts TCPTimeWaitOverflow (old kernels logged &quot;time wait bucket table overflow&quot;).</source>
        <translation>超过 tcp_max_tw_buckets 后，内核直接关闭套接字而不让它进入 TIME_WAIT，并计入 TCPTimeWaitOverflow（旧内核会打印“time wait bucket table overflow”）。</translation>
    </message>
    <message>
        <source>Raise tcp_max_tw_buckets above the TIME_WAIT count (about 200 bytes each), or make fewer short connections.</source>
        <translation>把 tcp_max_tw_buckets 调到高于 TIME_WAIT 的数量（每个约 200 字节），或减少短连接。</translation>
    </message>
    <message>
        <source>The overflow is not a cure: sockets that skip TIME_WAIT let late segments reach a new connection.</source>
        <translation>溢出不是解药：跳过 TIME_WAIT 的套接字会让迟到的报文落到新连接上。</translation>
    </message>
    <message>
        <source>Accept queue full</source>
        <translation>全连接队列已满</translation>
    </message>
    <message>
        <source>Finished handshakes wait in the accept queue (全连接队列) until accept() takes them. When it holds more than the backlog, new handshakes are dropped and the clients retry.</source>
        <translation>完成握手的连接在全连接队列中等待 accept() 取走。队列超过 backlog 时，新的握手被丢弃，客户端重试。</translation>
    </message>
    <message>
        <source>Accept faster (more workers, nothing slow before accept()) and raise the listen() backlog together with net.core.somaxconn, which caps it.</source>
        <translation>更快地 accept()（更多工作线程，accept() 之前不做慢操作），并同时调大 listen() 的 backlog 和限制它的 net.core.somaxconn。</translation>
    </message>
    <message>
        <source>Do not set tcp_abort_on_overflow=1 to hide it: clients then get RSTs.</source>
        <translation>不要用 tcp_abort_on_overflow=1 来掩盖：那样客户端会收到 RST。</translation>
    </message>
    <message>
        <source>SYN queue full (SYN flood or a burst)</source>
        <translation>半连接队列已满（SYN 洪泛或突发）</translation>
    </message>
    <message>
        <source>Half-open requests wait in the SYN queue (半连接队列). When it is full the kernel answers with SYN cookies (tcp_syncookies) or drops the SYN.</source>
        <translation>半开的连接请求在半连接队列中等待。队列满时，内核用 SYN cookie 应答（tcp_syncookies）或丢弃 SYN。</translation>
    </message>
    <message>
        <source>Keep tcp_syncookies=1, raise the backlog, somaxconn and tcp_max_syn_backlog; filter a flood upstream.</source>
        <translation>保持 tcp_syncookies=1，调大 backlog、somaxconn 和 tcp_max_syn_backlog；在上游过滤洪泛。</translation>
    </message>
    <message>
        <source>Do not turn SYN cookies off on a server that can be flooded.</source>
        <translation>可能遭受洪泛的服务器不要关闭 SYN cookie。</translation>
    </message>
    <message>
        <source>Orphan sockets near tcp_max_orphans</source>
        <translation>孤儿连接接近 tcp_max_orphans</translation>
    </message>
    <message>
        <source>Orphans (孤儿连接) are sockets the application closed that still wait for the peer. Past tcp_max_orphans the kernel resets them (&quot;too many orphaned sockets&quot;).</source>
        <translation>孤儿连接是应用程序已经关闭、但仍在等待对端的套接字。超过 tcp_max_orphans 后，内核会重置它们（“too many orphaned sockets”）。</translation>
    </message>
    <message>
        <source>Find why peers do not answer the FIN; lower tcp_orphan_retries or raise tcp_max_orphans if memory allows.</source>
        <translation>查明对端为什么不回应 FIN；降低 tcp_orphan_retries，或在内存允许时调大 tcp_max_orphans。</translation>
    </message>
    <message>
        <source>tcp_orphan_retries=0 does not mean no retries: the kernel reads it as 8.</source>
        <translation>tcp_orphan_retries=0 并不表示不重试：内核把它当作 8。</translation>
    </message>
    <message>
        <source>Many sockets in FIN_WAIT2</source>
        <translation>大量套接字处于 FIN_WAIT2</translation>
    </message>
    <message>
        <source>This side closed and the peer acknowledged, but the peer has not closed yet. An orphan waits tcp_fin_timeout; a socket closed with shutdown() waits for ever.</source>
        <translation>本端已关闭且对端已确认，但对端还没有关闭。孤儿连接等待 tcp_fin_timeout；用 shutdown() 关闭的套接字会一直等下去。</translation>
    </message>
    <message>
        <source>Look at the peers: their sockets are in CLOSE_WAIT. For orphans, tcp_fin_timeout bounds the wait.</source>
        <translation>去看对端：它们的套接字处于 CLOSE_WAIT。对孤儿连接，tcp_fin_timeout 限定了等待时间。</translation>
    </message>
    <message>
        <source>tcp_fin_timeout does not shorten TIME_WAIT.</source>
        <translation>tcp_fin_timeout 不会缩短 TIME_WAIT。</translation>
    </message>
    <message>
        <source>tcp_tw_recycle is on</source>
        <translation>tcp_tw_recycle 已开启</translation>
    </message>
    <message>
        <source>Kernels before 4.12 with tcp_tw_recycle drop SYNs whose timestamp is older than the last one seen from the same address: clients behind one NAT fail to connect.</source>
        <translation>4.12 之前的内核开启 tcp_tw_recycle 后，会丢弃时间戳比同一地址上次更旧的 SYN：同一个 NAT 后面的客户端会连不上。</translation>
    </message>
    <message>
        <source>Set net.ipv4.tcp_tw_recycle=0 (the sysctl was removed in 4.12).</source>
        <translation>设置 net.ipv4.tcp_tw_recycle=0（这个 sysctl 在 4.12 中已删除）。</translation>
    </message>
    <message>
        <source>Do not turn tcp_timestamps off instead: that also disables PAWS and tcp_tw_reuse.</source>
        <translation>不要改为关闭 tcp_timestamps：那样也会关掉 PAWS 和 tcp_tw_reuse。</translation>
    </message>
    <message>
        <source>Sockets near the file descriptor limit</source>
        <translation>套接字接近文件描述符上限</translation>
    </message>
    <message>
        <source>Every socket the application holds costs a file descriptor. At ulimit -n, accept() fails with EMFILE and connections wait in the accept queue.</source>
        <translation>应用程序持有的每个套接字都占一个文件描述符。到达 ulimit -n 时，accept() 失败，错误 EMFILE，连接在全连接队列中等待。</translation>
    </message>
    <message>
        <source>Raise the process&apos;s limit (ulimit -n, LimitNOFILE=) and look for leaked sockets (CLOSE_WAIT).</source>
        <translation>调大进程的上限（ulimit -n、LimitNOFILE=），并查找泄漏的套接字（CLOSE_WAIT）。</translation>
    </message>
    <message>
        <source>fs.file-max is the system&apos;s limit, not the process&apos;s.</source>
        <translation>fs.file-max 是系统的上限，不是进程的。</translation>
    </message>
    <message>
        <source>Keepalive slower than the middlebox&apos;s idle timeout</source>
        <translation>keepalive 比中间设备的空闲超时还慢</translation>
    </message>
    <message>
        <source>A load balancer, NAT or firewall forgets a connection idle longer than its timeout; the first keepalive probe comes only after tcp_keepalive_time.</source>
        <translation>负载均衡、NAT 或防火墙会忘掉空闲超过其超时的连接；而第一个 keepalive 探测要等 tcp_keepalive_time 之后才发出。</translation>
    </message>
    <message>
        <source>Set TCP_KEEPIDLE (or tcp_keepalive_time) below the idle timeout, or send application pings.</source>
        <translation>把 TCP_KEEPIDLE（或 tcp_keepalive_time）设得比空闲超时短，或在应用层发送心跳。</translation>
    </message>
    <message>
        <source>The sysctl only matters for sockets that enable SO_KEEPALIVE.</source>
        <translation>这个 sysctl 只对开启了 SO_KEEPALIVE 的套接字有效。</translation>
    </message>
    <message>
        <source>RST from close() with unread data</source>
        <translation>close() 时有未读数据而发出 RST</translation>
    </message>
    <message>
        <source>close() on a socket with unread data sends RST instead of FIN (RFC 2525); the peer sees ECONNRESET and may lose the response.</source>
        <translation>对仍有未读数据的套接字调用 close() 会发 RST 而不是 FIN（RFC 2525）；对端看到 ECONNRESET，可能丢失响应。</translation>
    </message>
    <message>
        <source>Read the request to its end before close().</source>
        <translation>close() 之前把请求读完。</translation>
    </message>
    <message>
        <source>Not a sysctl matter.</source>
        <translation>这与 sysctl 无关。</translation>
    </message>
    <message>
        <source>RST from SO_LINGER or data after close</source>
        <translation>SO_LINGER 或关闭后到达的数据引起的 RST</translation>
    </message>
    <message>
        <source>SO_LINGER with a zero timeout resets instead of closing, and data that arrives after close() is answered with RST (TCPAbortOnData); TCP_LINGER2 &lt; 0 resets FIN_WAIT2 orphans (TCPAbortOnLinger).</source>
        <translation>超时为 0 的 SO_LINGER 会重置连接而不是正常关闭，close() 之后到达的数据会被回以 RST（TCPAbortOnData）；TCP_LINGER2 &lt; 0 会重置 FIN_WAIT2 的孤儿连接（TCPAbortOnLinger）。</translation>
    </message>
    <message>
        <source>Use SO_LINGER {1, 0} only where an abort is wanted.</source>
        <translation>只在确实需要中止连接的地方使用 SO_LINGER {1, 0}。</translation>
    </message>
    <message>
        <source>Do not use SO_LINGER 0 as a TIME_WAIT cure.</source>
        <translation>不要把 SO_LINGER 0 当作消除 TIME_WAIT 的办法。</translation>
    </message>
    <message>
        <source>CLOSE_WAIT sockets</source>
        <translation>CLOSE_WAIT 套接字</translation>
    </message>
    <message>
        <source>file descriptor limit (ulimit -n)</source>
        <translation>文件描述符上限（ulimit -n）</translation>
    </message>
    <message>
        <source>local ports in use toward it</source>
        <translation>通往它的已用本地端口</translation>
    </message>
    <message>
        <source>ports in ip_local_port_range</source>
        <translation>ip_local_port_range 中的端口数</translation>
    </message>
    <message>
        <source>TIME_WAIT sockets</source>
        <translation>TIME_WAIT 套接字</translation>
    </message>
    <message>
        <source>TIME_WAIT ports connect() may reuse</source>
        <translation>connect() 可复用的 TIME_WAIT 端口</translation>
    </message>
    <message>
        <source>listening socket</source>
        <translation>监听套接字</translation>
    </message>
    <message>
        <source>connections waiting for accept() (Recv-Q)</source>
        <translation>等待 accept() 的连接（Recv-Q）</translation>
    </message>
    <message>
        <source>backlog (Send-Q)</source>
        <translation>backlog（Send-Q）</translation>
    </message>
    <message>
        <source>SYN_RECV requests</source>
        <translation>SYN_RECV 请求</translation>
    </message>
    <message>
        <source>orphan sockets</source>
        <translation>孤儿连接</translation>
    </message>
    <message>
        <source>FIN_WAIT2 sockets</source>
        <translation>FIN_WAIT2 套接字</translation>
    </message>
    <message>
        <source>sockets holding a descriptor (at most)</source>
        <translation>占用描述符的套接字（最多）</translation>
    </message>
    <message>
        <source>middlebox idle timeout (s)</source>
        <translation>中间设备空闲超时（秒）</translation>
    </message>
    <message>
        <source>kernel log</source>
        <translation>内核日志</translation>
    </message>
    <message>
        <source>sockets closed at once because the TIME_WAIT table was full</source>
        <translation>因 TIME_WAIT 表已满而被直接关闭的套接字</translation>
    </message>
    <message>
        <source>handshakes dropped because an accept queue was full</source>
        <translation>因全连接队列已满而丢弃的握手</translation>
    </message>
    <message>
        <source>SYNs and handshakes a listener dropped, for any reason</source>
        <translation>监听套接字因各种原因丢弃的 SYN 和握手</translation>
    </message>
    <message>
        <source>connections ended after their retransmissions ran out</source>
        <translation>重传次数用尽后结束的连接</translation>
    </message>
    <message>
        <source>RSTs sent by close() with unread data</source>
        <translation>close() 时有未读数据而发出的 RST</translation>
    </message>
    <message>
        <source>RSTs for data after close(), or SO_LINGER 0</source>
        <translation>close() 之后到达数据或 SO_LINGER 0 引起的 RST</translation>
    </message>
    <message>
        <source>orphans reset for memory or tcp_max_orphans</source>
        <translation>因内存或 tcp_max_orphans 被重置的孤儿连接</translation>
    </message>
    <message>
        <source>FIN_WAIT2 orphans reset by TCP_LINGER2</source>
        <translation>被 TCP_LINGER2 重置的 FIN_WAIT2 孤儿连接</translation>
    </message>
    <message>
        <source>SYN and SYN-ACK retransmissions</source>
        <translation>SYN 和 SYN-ACK 重传</translation>
    </message>
    <message>
        <source>SYN cookies sent (SYN queue full)</source>
        <translation>发出的 SYN cookie（半连接队列已满）</translation>
    </message>
    <message>
        <source>valid SYN cookies received back</source>
        <translation>收回的有效 SYN cookie</translation>
    </message>
    <message>
        <source>invalid SYN cookies received</source>
        <translation>收到的无效 SYN cookie</translation>
    </message>
    <message>
        <source>SYNs dropped with the SYN queue full</source>
        <translation>半连接队列已满时丢弃的 SYN</translation>
    </message>
    <message>
        <source>SYN queue full: answered with a cookie</source>
        <translation>半连接队列已满：用 cookie 应答</translation>
    </message>
    <message>
        <source>sockets that entered TIME_WAIT</source>
        <translation>进入 TIME_WAIT 的套接字</translation>
    </message>
    <message>
        <source>TIME_WAIT sockets taken over by connect() (tcp_tw_reuse)</source>
        <translation>被 connect() 接管的 TIME_WAIT 套接字（tcp_tw_reuse）</translation>
    </message>
    <message>
        <source>orphans queued</source>
        <translation>排队的孤儿连接</translation>
    </message>
    <message>
        <source>SYNs refused for an old timestamp (tcp_tw_recycle)</source>
        <translation>因时间戳过旧被拒绝的 SYN（tcp_tw_recycle）</translation>
    </message>
    <message>
        <source>connections opened with connect()</source>
        <translation>用 connect() 打开的连接</translation>
    </message>
    <message>
        <source>connections accepted</source>
        <translation>被 accept 的连接</translation>
    </message>
    <message>
        <source>connection attempts that failed</source>
        <translation>失败的连接尝试</translation>
    </message>
    <message>
        <source>connections reset</source>
        <translation>被重置的连接</translation>
    </message>
    <message>
        <source>segments retransmitted</source>
        <translation>重传的报文段</translation>
    </message>
    <message>
        <source>RSTs sent</source>
        <translation>发出的 RST</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
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
        <translation>参数扫描(&amp;S)…</translation>
    </message>
    <message>
        <source>Run the experiment over a range of one parameter and plot an outcome against it</source>
        <translation>让一个参数在一个范围内取值，逐一运行实验，并画出结果随它的变化</translation>
    </message>
</context>
<context>
    <name>SweepTexts</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Loss, both directions</source>
        <translation>丢包率 双向</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>%1 (--%2), %</source>
        <extracomment>Axis title of a probability: the parameter&apos;s name, then its option name (loss, duplicate)</extracomment>
        <translation>%1（--%2），%</translation>
    </message>
    <message>
        <source>%1 (--%2), %3</source>
        <translation>%1（--%2），%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <extracomment>Axis title: the parameter&apos;s name, its sysctl key, its unit</extracomment>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>both hosts</source>
        <translation>两台主机</translation>
    </message>
    <message>
        <source>client only</source>
        <translation>仅客户端</translation>
    </message>
    <message>
        <source>server only</source>
        <translation>仅服务端</translation>
    </message>
    <message>
        <source>Time until the socket is gone</source>
        <translation>套接字销毁前的时间</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>重传次数</translation>
    </message>
    <message>
        <source>RSTs sent</source>
        <translation>发出的 RST</translation>
    </message>
    <message>
        <source>Final state</source>
        <translation>最终状态</translation>
    </message>
    <message>
        <source>TIME_WAIT plateau</source>
        <translation>TIME_WAIT 平台值</translation>
    </message>
    <message>
        <source>TIME_WAIT peak</source>
        <translation>TIME_WAIT 峰值</translation>
    </message>
    <message>
        <source>Failed connect() calls</source>
        <translation>失败的 connect() 调用</translation>
    </message>
    <message>
        <source>Orphans peak</source>
        <translation>孤儿连接峰值</translation>
    </message>
    <message>
        <source>Accept queue drops (ListenDrops)</source>
        <translation>全连接队列丢弃（ListenDrops）</translation>
    </message>
    <message>
        <source>SYN_RECV peak</source>
        <translation>SYN_RECV 峰值</translation>
    </message>
    <message>
        <source>Client socket gone after (s)</source>
        <translation>客户端套接字销毁时间（秒）</translation>
    </message>
    <message>
        <source>Server socket gone after (s)</source>
        <translation>服务端套接字销毁时间（秒）</translation>
    </message>
    <message>
        <source>%1 retransmissions by the client</source>
        <translation>客户端的 %1 重传次数</translation>
    </message>
    <message>
        <source>%1 retransmissions by the server</source>
        <translation>服务端的 %1 重传次数</translation>
    </message>
    <message>
        <source>Retransmissions by the client</source>
        <translation>客户端的重传次数</translation>
    </message>
    <message>
        <source>Retransmissions by the server</source>
        <translation>服务端的重传次数</translation>
    </message>
    <message>
        <source>RSTs sent by the client</source>
        <translation>客户端发出的 RST</translation>
    </message>
    <message>
        <source>RSTs sent by the server</source>
        <translation>服务端发出的 RST</translation>
    </message>
    <message>
        <source>Client&apos;s final state</source>
        <translation>客户端的最终状态</translation>
    </message>
    <message>
        <source>Server&apos;s final state</source>
        <translation>服务端的最终状态</translation>
    </message>
    <message>
        <source>TIME_WAIT plateau (sockets, both hosts)</source>
        <translation>TIME_WAIT 平台值（套接字数，两台主机）</translation>
    </message>
    <message>
        <source>TIME_WAIT peak (sockets, both hosts)</source>
        <translation>TIME_WAIT 峰值（套接字数，两台主机）</translation>
    </message>
    <message>
        <source>Orphans peak (sockets, both hosts)</source>
        <translation>孤儿连接峰值（套接字数，两台主机）</translation>
    </message>
    <message>
        <source>Dropped by the listener (ListenDrops)</source>
        <translation>监听套接字丢弃数（ListenDrops）</translation>
    </message>
    <message>
        <source>SYN_RECV peak (requests)</source>
        <translation>SYN_RECV 峰值（请求数）</translation>
    </message>
    <message>
        <source>still there at the end of the run</source>
        <translation>运行结束时仍未销毁</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>SweepWindow</name>
    <message>
        <source>Parameter Sweep — CloseLab</source>
        <translation>参数扫描 — CloseLab</translation>
    </message>
</context>
<context>
    <name>ThisMachineWindow</name>
    <message>
        <source>This Machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Sampled every second from /proc/net (tcp, tcp6, netstat, snmp, sockstat) and /proc/sys, read only. Sockets are this network namespace&apos;s; the file descriptor limit is CloseLab&apos;s own.</source>
        <translation>每秒从 /proc/net（tcp、tcp6、netstat、snmp、sockstat）和 /proc/sys 采样，只读。套接字是本网络命名空间的；文件描述符上限是 CloseLab 自己的。</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 ns</source>
        <translation>%1 纳秒</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>TimeRangeDialog</name>
    <message>
        <source>Export a Time Range</source>
        <translation>导出一段时间</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a time in seconds</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
</context>
<context>
    <name>ZoomController</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (now %1 %)</source>
        <extracomment>%1: the zoom now, e.g. 150</extracomment>
        <translation>实际大小(&amp;A)（当前 %1 %）</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
</context>
<context>
    <name>closelab::CompareChart</name>
    <message>
        <source>State of each endpoint (A solid, B dashed)</source>
        <translation>两端的状态（A 实线，B 虚线）</translation>
    </message>
    <message>
        <source>Retransmissions so far</source>
        <translation>累计重传次数</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>时间（秒）</translation>
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
        <translation>%1在 %2 销毁（%3）</translation>
    </message>
    <message>
        <source>%1 in %2 at the end</source>
        <translation>%1最后处于 %2</translation>
    </message>
    <message>
        <source>No difference in how the sockets end, what they send or how long each state lasts.</source>
        <translation>套接字的结局、发送的报文和各状态的时长都没有差别。</translation>
    </message>
    <message>
        <source>B has the same settings as A: change one on the left.</source>
        <translation>B 的设置与 A 相同：请在左侧修改。</translation>
    </message>
    <message>
        <source>A: the experiment</source>
        <extracomment>the current experiment, as the main window shows it</extracomment>
        <translation>A：当前实验</translation>
    </message>
    <message>
        <source>B: the copy</source>
        <extracomment>the copy the user edits</extracomment>
        <translation>B：副本</translation>
    </message>
    <message>
        <source>Proportional time (both diagrams)</source>
        <translation>按比例显示时间（两张图）</translation>
    </message>
    <message>
        <source>What B changes</source>
        <translation>B 改了什么</translation>
    </message>
    <message>
        <source>How B turns out differently</source>
        <translation>B 的结果有何不同</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
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
        <translation>打开“本机”以来的秒数</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>每秒</translation>
    </message>
</context>
<context>
    <name>closelab::NetworkEditor</name>
    <message>
        <source>no firewall</source>
        <translation>无防火墙</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>closelab::ParameterPanel</name>
    <message>
        <source>All parameters at the Linux defaults.</source>
        <translation>所有参数均为 Linux 默认值。</translation>
    </message>
    <message numerus="yes">
        <source>%n parameter(s) changed from the Linux defaults.</source>
        <translation>
            <numerusform>%n 个参数与 Linux 默认值不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search parameters (key or words)…</source>
        <translation>搜索参数（键名或关键词）…</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <source>Every parameter and the network back to the Linux defaults</source>
        <translation>把所有参数和网络恢复为 Linux 默认值</translation>
    </message>
    <message>
        <source>This scenario has no options.</source>
        <translation>此场景没有选项。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>Placeholder of an empty scenario option: the value the scenario uses</extracomment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>--opt %1=…  (%2)</source>
        <extracomment>Tooltip line of a scenario option: its key for --opt and what it accepts</extracomment>
        <translation>--opt %1=…  （%2）</translation>
    </message>
</context>
<context>
    <name>closelab::ParameterRow</name>
    <message>
        <source> (before Linux 4.12)</source>
        <translation>（Linux 4.12 之前）</translation>
    </message>
    <message>
        <source>default %1 %2</source>
        <translation>默认 %1 %2</translation>
    </message>
    <message>
        <source>Reset to the Linux default (%1)</source>
        <translation>恢复为 Linux 默认值（%1）</translation>
    </message>
    <message>
        <source>default %1 (%2)</source>
        <translation>默认 %1（%2）</translation>
    </message>
    <message>
        <source>now: %1 · %2</source>
        <translation>当前：%1 · %2</translation>
    </message>
</context>
<context>
    <name>closelab::Plots</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>The charts cannot be shown: their module (%1) could not be loaded. Everything else works.

%2</source>
        <translation>无法显示图表：图表模块（%1）未能加载。其他功能均可正常使用。

%2</translation>
    </message>
</context>
<context>
    <name>closelab::PopulationBar</name>
    <message>
        <source>Population summary</source>
        <translation>批量运行汇总</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>批量运行</translation>
    </message>
    <message>
        <source>Population summary…</source>
        <translation>批量运行汇总…</translation>
    </message>
    <message>
        <source>Connections made and failed by errno, accepts failed, RSTs by reason, peaks and when they were reached</source>
        <translation>成功的连接和按 errno 统计的失败、accept 失败、按原因统计的 RST、峰值及其出现时间</translation>
    </message>
</context>
<context>
    <name>closelab::ScenarioBrowser</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Try this:</source>
        <translation>试一试：</translation>
    </message>
    <message>
        <source>Double-click a scenario to run it.</source>
        <translation>双击场景即可运行。</translation>
    </message>
    <message>
        <source>not verified on a kernel</source>
        <translation>未在内核上验证</translation>
    </message>
    <message>
        <source>The kernel conformance suite (tests/kernel) has not played this scenario on a real kernel.</source>
        <translation>内核一致性测试（tests/kernel）尚未在真实内核上运行此场景。</translation>
    </message>
    <message>
        <source>Played on Linux %1 on %2 and compared fact by fact with the engine:</source>
        <translation>于 %2 在 Linux %1 上运行，并与引擎逐项比较事实：</translation>
    </message>
    <message>
        <source>default parameters</source>
        <translation>默认参数</translation>
    </message>
    <message>
        <source>• %1: %2 facts agree</source>
        <translation>• %1：%2 项事实一致</translation>
    </message>
    <message>
        <source>• %1: %2 of %3 facts agree</source>
        <translation>• %1：%3 项事实中 %2 项一致</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>✗ this run contradicts its description (%1 of %2 declared facts fail)</source>
        <extracomment>the run on screen contradicts the scenario&apos;s own description; %1 and %2 are counts</extracomment>
        <translation>✗ 本次运行与场景描述不符（%2 条声明的事实中有 %1 条不成立）</translation>
    </message>
    <message>
        <source>✓ verified on Linux %1 (%2 sets, %3 facts)</source>
        <extracomment>%1 is a Linux version such as 6.18, %2 the number of parameter sets played, %3 the facts compared</extracomment>
        <translation>✓ 已在 Linux %1 上验证（%2 组参数，%3 条事实）</translation>
    </message>
    <message>
        <source>✗ differs from Linux %1 (%2 sets, %3 facts)</source>
        <translation>✗ 与 Linux %1 的行为不一致（%2 组参数，%3 条事实）</translation>
    </message>
    <message>
        <source>Declared facts that fail in this run: %1</source>
        <translation>本次运行中不成立的声明事实：%1</translation>
    </message>
    <message>
        <source>Search: name, description or symptom (e.g. Connection reset by peer, EMFILE)</source>
        <translation>搜索：名称、描述或症状（如 连接被对端重置、EMFILE）</translation>
    </message>
</context>
<context>
    <name>closelab::ServerHealthView</name>
    <message>
        <source>No snapshot yet: File → Import Server Snapshot… reads ss, netstat, nstat, /proc/net and sysctl text.</source>
        <translation>还没有快照：“文件 → 导入服务器快照…”可读取 ss、netstat、nstat、/proc/net 和 sysctl 的文本。</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>读到的内容</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n line(s)</source>
        <translation>
            <numerusform>%1：%2，%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not understood</source>
        <translation>
            <numerusform>%n 行未能读懂</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>诊断结果</translation>
    </message>
    <message>
        <source>No finding: nothing in this snapshot crosses a threshold.</source>
        <translation>没有发现问题：这份快照中没有超过阈值的项。</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>Kernel: %1</source>
        <translation>内核：%1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>应当修改：%1</translation>
    </message>
    <message>
        <source>Not: %1</source>
        <translation>不要：%1</translation>
    </message>
    <message>
        <source>Open scenario “%1”</source>
        <translation>打开场景“%1”</translation>
    </message>
    <message>
        <source>Opens the library scenario %1 with this snapshot&apos;s sysctls</source>
        <translation>用这份快照的 sysctl 打开场景库中的 %1</translation>
    </message>
    <message>
        <source>Simulate this</source>
        <translation>模拟这个</translation>
    </message>
    <message>
        <source>A population run that resembles the snapshot: its sysctls, its connection rate, its closer, its leak</source>
        <translation>一次与快照相似的批量运行：它的 sysctl、连接速率、主动关闭方、泄漏比例</translation>
    </message>
    <message>
        <source>Sockets by state</source>
        <translation>按状态统计的套接字</translation>
    </message>
    <message>
        <source>Ports in use per destination</source>
        <translation>每个目的地的已用端口</translation>
    </message>
    <message>
        <source>Each connection to one ip:port needs its own local port from ip_local_port_range (%1 ports); TIME_WAIT holds it for 60 s.</source>
        <translation>到同一个 ip:端口 的每个连接都需要 ip_local_port_range 中的一个本地端口（共 %1 个）；TIME_WAIT 会占住它 60 秒。</translation>
    </message>
    <message>
        <source>Listeners: accept queue against the backlog</source>
        <translation>监听套接字：全连接队列与 backlog</translation>
    </message>
    <message>
        <source>Recv-Q %1 / backlog %2</source>
        <translation>Recv-Q %1 / backlog %2</translation>
    </message>
    <message>
        <source>Recv-Q %1 (backlog not shown by this input)</source>
        <translation>Recv-Q %1（此输入不显示 backlog）</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>计数器</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认值）</translation>
    </message>
    <message>
        <source>value from the snapshot</source>
        <translation>快照中的值</translation>
    </message>
    <message>
        <source>not in the snapshot: Linux&apos;s default</source>
        <translation>快照中没有：使用 Linux 默认值</translation>
    </message>
    <message>
        <source>TIME_WAIT sockets</source>
        <translation>TIME_WAIT 套接字</translation>
    </message>
    <message>
        <source>orphan sockets</source>
        <translation>孤儿连接</translation>
    </message>
    <message>
        <source>largest listen() backlog</source>
        <translation>最大的 listen() backlog</translation>
    </message>
    <message>
        <source>SYN_RECV requests</source>
        <translation>SYN_RECV 请求</translation>
    </message>
    <message>
        <source>ports in use toward the busiest destination</source>
        <translation>通往最繁忙目的地的已用端口</translation>
    </message>
    <message>
        <source>sockets holding a descriptor (all processes)</source>
        <translation>占用描述符的套接字（所有进程）</translation>
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
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务端</translation>
    </message>
    <message>
        <source>all kinds</source>
        <extracomment>Retransmissions of every kind</extracomment>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Set on:</source>
        <translation>设置在：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two ends of the range: &quot;From [0] to [8] step [1]&quot;</extracomment>
        <translation>到</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Which host the parameter is set on (network parameters apply to the path).</source>
        <translation>参数设置在哪台主机上（网络参数作用于整条路径）。</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>%1 points</source>
        <extracomment>How many values the sweep will run</extracomment>
        <translation>%1 个点</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run Sweep</source>
        <translation>运行扫描</translation>
    </message>
    <message>
        <source>Running the experiment once per value…</source>
        <translation>正在为每个取值运行一次实验…</translation>
    </message>
    <message>
        <source>%1 points in %2 s.</source>
        <translation>%1 个点，用时 %2 秒。</translation>
    </message>
    <message>
        <source>%1 points.</source>
        <translation>%1 个点。</translation>
    </message>
    <message>
        <source>%1 without a value (hollow squares).</source>
        <translation>其中 %1 个没有取值（空心方块）。</translation>
    </message>
    <message>
        <source>Click a point to use its value.</source>
        <translation>点击一个点即可在实验中使用它的取值。</translation>
    </message>
    <message>
        <source>Sweep cancelled; the chart shows the previous result.</source>
        <translation>扫描已取消；图中仍是上一次的结果。</translation>
    </message>
    <message>
        <source>The experiment has changed since this sweep: run it again to update the chart.</source>
        <translation>这次扫描之后实验已改变：请重新运行以更新图表。</translation>
    </message>
    <message>
        <source>Choose a parameter and a range, then Run Sweep.</source>
        <translation>选择一个参数和范围，然后点击“运行扫描”。</translation>
    </message>
    <message>
        <source>%1 points in %2 ms.</source>
        <translation>%1 个点，用时 %2 毫秒。</translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <source>Copy every point with all its outcomes as CSV, for a spreadsheet</source>
        <translation>把每个点及其全部结果复制为 CSV，便于粘贴到电子表格</translation>
    </message>
</context>
<context>
    <name>closelab::SweepView</name>
    <message>
        <source>still there at the end of the run</source>
        <extracomment>Legend entry for points without a value (e.g. a socket still there when the run ended)</extracomment>
        <translation>运行结束时仍未销毁</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无取值</translation>
    </message>
    <message>
        <source>Current value: %1</source>
        <extracomment>Legend entry of the dashed vertical line: the experiment&apos;s own value of the swept parameter</extracomment>
        <translation>当前值：%1</translation>
    </message>
    <message>
        <source>%1 = %2
%3: %4
Click to use this value in the experiment.</source>
        <extracomment>Tooltip of a sweep point: &quot;parameter = value&quot;, then &quot;outcome: value&quot;, then how to apply it</extracomment>
        <translation>%1 = %2
%3：%4
点击即可在实验中使用这个取值。</translation>
    </message>
    <message>
        <source>%1: one run per value</source>
        <extracomment>Chart title: the scenario the sweep ran, then how</extracomment>
        <translation>%1：每个取值运行一次</translation>
    </message>
</context>
<context>
    <name>closelab::TimelineChartsView</name>
    <message>
        <source>SYN queue</source>
        <translation>半连接队列</translation>
    </message>
    <message>
        <source>accept queue</source>
        <translation>全连接队列</translation>
    </message>
    <message>
        <source>TIME_WAIT buckets</source>
        <translation>TIME_WAIT 桶</translation>
    </message>
    <message>
        <source>orphans</source>
        <translation>孤儿连接</translation>
    </message>
    <message>
        <source>ports in use</source>
        <translation>已用端口</translation>
    </message>
    <message>
        <source>file descriptors</source>
        <translation>文件描述符</translation>
    </message>
    <message>
        <source>%1 retransmissions</source>
        <translation>%1 重传</translation>
    </message>
    <message>
        <source>%1 (client)</source>
        <translation>%1（客户端）</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1（服务端）</translation>
    </message>
    <message>
        <source>%1 %2 timer: %3</source>
        <translation>%1 %2 定时器：%3</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot; (PNG or PDF)</source>
        <translation>不支持的格式“%1”（可用 PNG 或 PDF）</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>Logarithmic time</source>
        <translation>对数时间轴</translation>
    </message>
    <message>
        <source>Population run: sockets per state, resources and retransmissions per sample. Drag or wheel to pan and zoom; double-click to seek.</source>
        <translation>批量连接运行：各状态的套接字数、资源占用和每个采样周期的重传。拖动或滚轮可平移缩放；双击可跳转。</translation>
    </message>
    <message>
        <source>Retransmissions, timers and occupancy of this run. Drag or wheel to pan and zoom; double-click to seek.</source>
        <translation>本次运行的重传、定时器和资源占用。拖动或滚轮可平移缩放；双击可跳转。</translation>
    </message>
    <message>
        <source>retransmissions</source>
        <translation>重传次数</translation>
    </message>
    <message>
        <source>RTO before (s)</source>
        <translation>之前的 RTO（秒）</translation>
    </message>
    <message>
        <source>timers</source>
        <translation>定时器</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>套接字数</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>client and server</source>
        <extracomment>The hosts sharing a limit, under its line&apos;s label (&quot;ulimit -n = 1024&quot; over it)</extracomment>
        <translation>客户端和服务端</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A limit line&apos;s label shared by both hosts: &quot;ulimit -n = 1024 (client and server)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Drag or wheel to pan and zoom; double-click to seek.</source>
        <extracomment>The charts&apos; help line where the whole one does not fit.</extracomment>
        <translation>拖动或滚轮可平移缩放；双击可跳转。</translation>
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
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
</TS>
