--TEST--
Differential 5.2.2: start -d prints the UI ending 'Input "php start.php stop" to stop.'; stop -g stops the daemon gracefully
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
$w->name = 'daemon worker';
$w->count = 2;
Worker::runAll();
PHP, function (WmServer $server, int $port) {
    wm_kill_daemon_at_exit($server);
    $out = "launcher exit: " . $server->wait() . "\n";
    $pidFile = $server->dir . '/workerman.start.php.pid';
    wm_wait_file_contains($pidFile, '');
    $master = (int)file_get_contents($pidFile);
    [$code, $text] = $server->command(['stop', '-g']);
    $out .= "stop -g: $code\n$text";
    $out .= "daemon alive: " . var_export(wm_pid_alive($master), true) . "\n";
    $log = preg_replace('/^\S+ \S+ pid:\d+ /m', '', file_get_contents($server->dir . '/workerman.log'));
    return $out . "--- log ---\n" . $log;
}, ['start', '-d']));
?>
--EXPECT--
same
