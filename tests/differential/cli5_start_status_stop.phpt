--TEST--
Differential 5.2.2: start UI, `status`, `connections` (one open connection), `reload`, `stop` from a second process, `stop` when not running, and the log file
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
$echo = new Worker('tcp://127.0.0.1:__PORT__');
$echo->name = 'echo';
$echo->count = 2;
$echo->onWorkerStart = function ($w) { wm_ready(); };
$echo->onMessage = function ($c, $d) { $c->send($d); };
$text = new Worker('text://127.0.0.1:' . (__PORT__ + 1));
$text->onWorkerStart = function ($w) { wm_ready(); };
$text->onMessage = function ($c, $d) { $c->send("re:$d"); };
Worker::runAll();
PHP, function (WmServer $server, int $port, array &$extraPorts) {
    $server->waitReady(3);
    $out = '';
    $client = wm_connect($port + 1);
    $name = stream_socket_get_name($client, false);
    $extraPorts[] = (int)substr($name, strrpos($name, ':') + 1);
    fwrite($client, "hi\n");
    $out .= "reply: " . fgets($client);
    foreach ([['status'], ['connections'], ['reload']] as $args) {
        [$code, $text] = $server->command($args);
        $out .= implode(' ', $args) . ": $code\n$text";
    }
    $server->waitReady(6);
    [$code, $text] = $server->command(['stop']);
    $out .= "stop: $code\n$text";
    $out .= "master exit: " . $server->wait() . "\n";
    [$code, $text] = $server->command(['stop']);
    $out .= "stop again: $code\n$text";
    $log = preg_replace('/^\S+ \S+ pid:\d+ /m', '', file_get_contents($server->dir . '/workerman.log'));
    return $out . "--- log ---\n" . $log;
}));
?>
--EXPECT--
same
