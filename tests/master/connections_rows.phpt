--TEST--
Master CLI: connections lists one row per live connection (worker, id, transport, protocol, byte counts, addresses)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('text://127.0.0.1:$port');
\$w->name = 'rows';
\$w->onWorkerStart = function (\$w) { wm_ready(); };
\$w->onMessage = function (\$c, \$d) { \$c->send(\$d); echo "got\\n"; };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady();
$a = wm_connect($port);
$b = wm_connect($port);
fwrite($a, "hello\n");
wm_read_exact($a, 6);
fwrite($b, "x\n");
wm_read_exact($b, 2);
[$code, $out] = $server->command(['connections']);
$rows = array_values(array_filter(explode("\n", $out), fn($l) => preg_match('/^\d+\s+rows\s/', $l)));
echo count($rows), "\n";
foreach ($rows as $row) {
    $cols = preg_split('/\s+/', trim($row));
    // PID Worker CID Trans Protocol ipv4 ipv6 Recv-Q Send-Q Bytes-R Bytes-W Status Local Foreign
    echo implode(' ', [$cols[1], $cols[3], $cols[4], $cols[5], $cols[6], $cols[9], $cols[10], $cols[11],
        $cols[12] === "127.0.0.1:$port" ? 'local-ok' : $cols[12],
        str_starts_with($cols[13], '127.0.0.1:') ? 'peer-ok' : $cols[13]]), "\n";
}
$server->stop();
?>
--EXPECT--
2
rows tcp Text 1 0 6B 6B ESTABLISHED local-ok peer-ok
rows tcp Text 1 0 2B 2B ESTABLISHED local-ok peer-ok
