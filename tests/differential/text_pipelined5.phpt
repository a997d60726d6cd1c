--TEST--
Differential (5.2.2, profile 5): text:// with 16 pipelined lines, a line split across writes, CRLF trimming
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
$w = new Worker('text://127.0.0.1:__PORT__');
$w->onWorkerStart = function ($w) { wm_ready(); };
$w->onMessage = function ($c, $line) {
    echo "line ", json_encode($line), "\n";
    $c->send(strtoupper($line));
};
Worker::runAll();
PHP, function (WmServer $server, int $port, array &$extraPorts) {
    $server->waitReady();
    $c = wm_connect($port);
    $batch = '';
    for ($i = 0; $i < 16; $i++) {
        $batch .= "line $i\r\n";
    }
    fwrite($c, $batch);
    $expected = strlen(strtoupper(str_replace("\r\n", "\n", $batch)));
    $out = wm_read_exact($c, $expected);
    fwrite($c, "spl");
    $server->waitFor('line "line 15"');
    fwrite($c, "it\n");
    $out .= wm_read_exact($c, 6);
    fclose($c);
    return $out;
}));
?>
--EXPECT--
same
