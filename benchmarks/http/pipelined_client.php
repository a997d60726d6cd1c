<?php
// benchmarks/http/pipelined_client.php PORT DEPTH ROUNDS: one keep-alive connection, DEPTH
// identical requests per write, waits for their DEPTH 'Hello World' replies, ROUNDS times.
// A fixed workload (same reads, same batches every run) for instruction counts.
[, $port, $depth, $rounds] = array_map('intval', $argv) + [0, 19400, 16, 4000];
$c = stream_socket_client("tcp://127.0.0.1:$port");
$batch = str_repeat("GET / HTTP/1.1\r\nHost: x\r\n\r\n", $depth);
$replies = 0;
for ($r = 0; $r < $rounds; $r++) {
    fwrite($c, $batch);
    $buf = '';
    while (substr_count($buf, 'Hello World') < $depth) {
        $buf .= fread($c, 65536);
    }
    $replies += $depth;
}
echo "requests $replies\n";
