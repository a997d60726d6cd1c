--TEST--
Master CLI: start prints the 4.2.1 UI, `stop` from a second process stops master and workers with 4.2.1's messages
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
putenv('WM_API=4'); /* 4.2.1's bytes; the *5.phpt tests check 5.2.2's */
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->count = 2;
\$w->onWorkerStart = function (\$w) { wm_ready(); };
\$w->onWorkerStop = function (\$w) { echo "worker stop {\$w->id}\\n"; };
Worker::runAll();
PHP);
$server->waitReady(2);
$script = $server->script;
$pid = file_get_contents($server->dir . '/workerman.start.php.pid');
var_dump($pid === (string)$server->pid);
[$code, $out] = $server->command(['stop']);
var_dump($code);
echo $out;
var_dump($server->wait());
var_dump(is_file($server->dir . '/workerman.start.php.pid'), is_file($server->dir . '/workerman.start.php.pid.lock'));

$user = posix_getpwuid(posix_getuid())['name'];
$listen = "tcp://127.0.0.1:$port";
$row = str_pad('tcp', 8) . str_pad($user, max(12, strlen($user)) + 4) . str_pad('none', 16)
    . str_pad($listen, max(12, strlen($listen)) + 4) . str_pad('2', 13) . str_pad(' [OK] ', 17);
$title = str_pad('proto', 8) . str_pad('user', max(12, strlen($user)) + 4) . str_pad('worker', 16)
    . str_pad('listen', max(12, strlen($listen)) + 4) . str_pad('processes', 13) . str_pad('status', 17);
$version = 'Workerman version:4.2.1' . str_pad('PHP version:', 22, ' ', STR_PAD_LEFT) . PHP_VERSION
    . str_pad('Event-Loop:', 22, ' ', STR_PAD_LEFT) . '\Workerman\Events\Event' . "\n";
$total = max(strlen($row), strlen($version));
$expected = "Workerman[$script] start in DEBUG mode\n"
    . str_pad(' WORKERMAN ', $total, '-', STR_PAD_BOTH) . "\n" . $version
    . str_pad(' WORKERS ', $total, '-', STR_PAD_BOTH) . "\n"
    . "$title\n$row\n" . str_repeat('-', $total) . "\n"
    . "Press Ctrl+C to stop. Start success.\n";
$output = str_replace("WM_READY\n", '', $server->output);
var_dump(str_starts_with($output, $expected));
if (!str_starts_with($output, $expected)) {
    echo $output, "\n---expected---\n", $expected;
}
echo substr($output, strlen($expected));
?>
--EXPECTF--
bool(true)
int(0)
Workerman[%s/start.php] stop 
Workerman[%s/start.php] is stopping ...
Workerman[%s/start.php] stop success
int(0)
bool(false)
bool(false)
bool(true)
Workerman[start.php] stopping ...
worker stop %d
worker stop %d
Workerman[start.php] has been stopped
