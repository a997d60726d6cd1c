--TEST--
Differential 5.2.2: no command (or only unknown words) prints the usage text and exits 0
--EXTENSIONS--
workerman
posix
pcntl
--SKIPIF--
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman5_dir()) die('skip set WORKERMAN5_DIR to a Workerman 5.2.2 tree (and WORKERMAN_COROUTINE_DIR to workerman/coroutine)'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
foreach ([[], ['bogus', '-g']] as $args) {
    wm_assert_same(wm_differential5(<<<'PHP'
use Workerman\Worker;
$w = new Worker('tcp://127.0.0.1:__PORT__');
Worker::runAll();
echo "not reached\n";
PHP, function (WmServer $server, int $port) {
        return "exit " . $server->wait();
    }, $args));
}
?>
--EXPECT--
same
same
