--TEST--
Differential 5.2.2: "already running", the first command word wins ("stop start" stops), "not run" for status/reload/connections, a stale pid file logs "Master pid:N is not alive"
--EXTENSIONS--
workerman
posix
pcntl
--SKIPIF--
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman5_dir()) die('skip set WORKERMAN5_DIR to a Workerman 5.2.2 tree (and WORKERMAN_COROUTINE_DIR to workerman/coroutine)'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
wm_assert_same(wm_differential5(<<<'PHP'
use Workerman\Worker;
$w = new Worker('tcp://127.0.0.1:__PORT__');
$w->count = 2;
$w->onWorkerStart = function ($w) { wm_ready(); };
Worker::runAll();
PHP, function (WmServer $server, int $port) {
    $server->waitReady(2);
    $out = '';
    foreach ([['start'], ['stop', 'start'], ['status'], ['reload', '-g'], ['connections']] as $args) {
        [$code, $text] = $server->command($args);
        $out .= implode(' ', $args) . ": $code\n$text";
    }
    $out .= "master exit: " . $server->wait() . "\n";
    file_put_contents($server->dir . '/workerman.start.php.pid', (string)$server->pid);
    [$code, $text] = $server->command(['stop', '-g']);
    return $out . "stop with a stale pid file: $code\n$text";
}, ['start', '-q']));
?>
--EXPECT--
same
