--TEST--
Differential: no command prints Workerman's usage text and exits 0
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
$w = new Worker('tcp://127.0.0.1:__PORT__');
Worker::runAll();
PHP, function (WmServer $server, int $port) {
    $code = $server->wait();
    return "exit $code";
}, []));
?>
--EXPECT--
same
