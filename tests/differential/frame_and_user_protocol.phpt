--TEST--
Differential: frame:// and a user protocol class (input 0 / length / -1, encode of arrays)
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
namespace Protocols {
class Colon {
    public static function input($buffer, $connection) {
        if ($buffer !== '' && $buffer[0] === '!') { return -1; }
        $pos = strpos($buffer, ':');
        return $pos === false ? 0 : $pos + 1;
    }
    public static function decode($buffer) { return ['body' => substr($buffer, 0, -1)]; }
    public static function encode($data, $connection) { return json_encode($data) . ':'; }
}
}
namespace {
use Workerman\Worker;
$frame = new Worker('frame://127.0.0.1:__PORT__');
$frame->onWorkerStart = function () { wm_ready(); };
$frame->onMessage = function ($c, $data) { echo "frame ", json_encode($data), "\n"; $c->send("re:" . $data); };
$user = new Worker('colon://127.0.0.1:' . (__PORT__ + 1));
$user->onWorkerStart = function () { wm_ready(); };
$user->onMessage = function ($c, $data) { echo "colon ", json_encode($data), " ", $c->protocol, "\n"; var_dump($c->send(['got' => $data['body']])); };
$user->onClose = function ($c) { echo "colon close\n"; };
Worker::runAll();
}
PHP, function (WmServer $server, int $port) {
    $server->waitReady(2);
    $f = wm_connect($port);
    fwrite($f, pack('N', 9) . 'hello' . pack('N', 6));
    fwrite($f, 'ab');
    $out = bin2hex(wm_read_exact($f, 12)) . ' ' . bin2hex(wm_read_exact($f, 9));
    $u = wm_connect($port + 1);
    fwrite($u, "one:tw");
    fwrite($u, "o:!bad");
    $out .= ' ' . wm_read_all($u);
    $server->waitFor("colon close\n");
    return $out;
}));
?>
--EXPECT--
same
