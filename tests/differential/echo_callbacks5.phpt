--TEST--
Differential (5.2.2, profile 5): tcp echo, callback order, send() return value, close from the server side
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
$w->onWorkerStart = function ($w) { echo "start id={$w->id}\n"; wm_ready(); };
$w->onConnect = function ($c) { echo "connect ", $c->getRemoteIp(), " ", get_class($c), "\n"; };
$w->onMessage = function ($c, $data) {
    echo "message ", strlen($data), "\n";
    var_dump($c->send("echo:" . $data));
    if ($data === "bye") {
        $c->close("closing");
        var_dump($c->send("late"));
    }
};
$w->onClose = function ($c) { echo "close\n"; };
Worker::runAll();
PHP, function (WmServer $server, int $port, array &$extraPorts) {
    $server->waitReady();
    $c = wm_connect($port);
    fwrite($c, "hello");
    $out = wm_read_exact($c, 10);
    fwrite($c, "bye");
    $out .= "|" . wm_read_all($c);
    $server->waitFor("close\n");
    return $out;
}));
?>
--EXPECT--
same
