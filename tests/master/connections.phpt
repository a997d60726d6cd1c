--TEST--
Master CLI: connections prints the 4.2.1 connection table header (and one line per connection from each worker)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->count = 2;
\$w->onWorkerStart = function (\$w) { wm_ready(); };
Worker::runAll();
PHP, ['start', '-q']);
$server->waitReady(2);
[$code, $out] = $server->command(['connections']);
echo "$code\n$out";
var_dump(is_file($server->dir . '/workerman.start.php.status.connection'));
?>
--EXPECTF--
0
Workerman[%Sstart.php] connections%r ?%r
--------------------------------------------------------------------- WORKERMAN CONNECTION STATUS --------------------------------------------------------------------------------
PID      Worker          CID       Trans   Protocol        ipv4   ipv6   Recv-Q       Send-Q       Bytes-R      Bytes-W       Status         Local Address          Foreign Address
bool(false)
