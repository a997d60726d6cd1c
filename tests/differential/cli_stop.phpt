--TEST--
Differential: `stop` from a second process, `start` while running, `reload` and `status` guards when not running
--EXTENSIONS--
workerman
posix
pcntl
--SKIPIF--
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman_dir()) die('skip set WORKERMAN_DIR to a Workerman 4.2.1 tree'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
wm_assert_same(wm_differential(<<<'PHP'
use Workerman\Worker;
Worker::$pidFile = __DIR__ . '/test.pid';
Worker::$logFile = __DIR__ . '/test.log';
$w = new Worker('tcp://127.0.0.1:__PORT__');
$w->count = 2;
$w->onWorkerStart = function ($w) { wm_ready(); };
$w->onWorkerStop = function ($w) { echo "worker stop\n"; };
Worker::runAll();
PHP, function (WmServer $server, int $port) {
    $server->waitReady(2);
    $pid = (int)file_get_contents($server->dir . '/test.pid');
    $out = "pid file ok: " . var_export($pid === $server->pid, true) . "\n";
    [$code, $text] = $server->command(['start']);
    $out .= "start again: $code\n$text";
    [$code, $text] = $server->command(['stop']);
    $out .= "stop: $code\n$text";
    $server->wait();
    $out .= "master exit: {$server->exitCode}\n";
    [$code, $text] = $server->command(['reload']);
    $out .= "reload when stopped: $code\n$text";
    [$code, $text] = $server->command(['status']);
    $out .= "status when stopped: $code\n$text";
    $out .= "pid file left: " . var_export(is_file($server->dir . '/test.pid'), true) . "\n";
    $log = preg_replace('/^\S+ \S+ pid:\d+ /m', '', file_get_contents($server->dir . '/test.log'));
    return $out . "--- log ---\n" . $log;
}));
?>
--EXPECT--
same
