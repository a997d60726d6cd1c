--TEST--
UDP: text:// with transport udp splits lines of one datagram; user protocol with input() (decode false skips, input 0 stops) and without input() (decode false drops); encode, '' -> null, raw
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_udp_port();
$port2 = wm_free_udp_port();
$port3 = wm_free_udp_port();
$port4 = wm_free_udp_port();
$server = new WmServer(<<<PHP
namespace Protocols {
class Pipe {
    public static function input(\$buffer, \$connection) { \$p = strpos(\$buffer, '|'); return \$p === false ? 0 : \$p + 1; }
    public static function decode(\$buffer, \$connection) { \$b = substr(\$buffer, 0, -1); return \$b === 'skip' ? false : "[\$b]"; }
    public static function encode(\$data, \$connection) { return \$data === '' ? '' : "<\$data>"; }
}
class Whole {
    public static function decode(\$buffer, \$connection) { return \$buffer === 'drop' ? false : strtoupper(\$buffer); }
    public static function encode(\$data, \$connection) { return '{' . \$data . '}'; }
}
}
namespace {
use Workerman\Worker;
\$text = new Worker('text://127.0.0.1:$port');
\$text->transport = 'udp';
\$text->onWorkerStart = function () { wm_ready(); };
\$text->onMessage = function (\$c, \$data) { echo "text ", json_encode(\$data), " ", \$c->protocol, "\\n"; \$c->send("t:\$data"); };
\$pipe = new Worker('pipe://127.0.0.1:$port2');
\$pipe->transport = 'udp';
\$pipe->onWorkerStart = function () { wm_ready(); };
\$pipe->onMessage = function (\$c, \$data) { echo "pipe ", json_encode(\$data), "\\n"; var_dump(\$c->send(\$data), \$c->send('')); echo "pipe done\\n"; };
\$whole = new Worker('whole://127.0.0.1:$port3');
\$whole->transport = 'udp';
\$whole->onWorkerStart = function () { wm_ready(); };
\$whole->onMessage = function (\$c, \$data) { echo "whole ", json_encode(\$data), "\\n"; var_dump(\$c->send(\$data), \$c->send('raw', true)); echo "whole done\\n"; };
/* Workerman 4.2.1 cannot do this (Frame::input() is typed for TcpConnection: TypeError). */
\$frame = new Worker('frame://127.0.0.1:$port4');
\$frame->transport = 'udp';
\$frame->onWorkerStart = function () { wm_ready(); };
\$frame->onMessage = function (\$c, \$data) { echo "frame ", json_encode(\$data), "\\n"; \$c->send("f:\$data"); };
Worker::runAll();
}
PHP);
$server->waitReady(4);
/* Each worker is a process: its output is waited for before the next one is asked. */
foreach ([[$port, ["a\nb\r\nc", "solo\n"], 3, 'text "solo"', 1], [$port2, ["a|skip|b|c", "d|"], 3, 'pipe done', 3],
    [$port3, ["drop", "hi"], 2, 'whole done', 1],
    /* Two frames in one datagram, a length shorter than the header, a length past the end. */
    [$port4, [pack('N', 6) . 'ab' . pack('N', 5) . 'c', pack('N', 2) . 'xyz', pack('N', 100) . 'cut'], 5, 'frame "cut"', 1]] as [$p, $send, $n, $mark, $times]) {
    $c = wm_udp_client("udp://127.0.0.1:$p");
    foreach ($send as $datagram) {
        fwrite($c, $datagram);
    }
    for ($i = 0; $i < $n; $i++) {
        echo json_encode(wm_udp_recv($c)), "\n";
    }
    $server->waitFor($mark, $times);
}
echo preg_replace('/^(?!text|pipe "|whole "|frame|bool|NULL).*\n/m', '', $server->stop());
?>
--EXPECT--
"t:a\n"
"t:b\n"
"t:solo\n"
"<[a]>"
"<[b]>"
"<[d]>"
"{HI}"
"raw"
"\u0000\u0000\u0000\bf:ab"
"\u0000\u0000\u0000\u0007f:c"
"\u0000\u0000\u0000\u0006f:"
"\u0000\u0000\u0000\u0007f:z"
"\u0000\u0000\u0000\tf:cut"
text "a" Workerman\Protocols\Text
text "b" Workerman\Protocols\Text
text "solo" Workerman\Protocols\Text
pipe "[a]"
bool(true)
NULL
pipe "[b]"
bool(true)
NULL
pipe "[d]"
bool(true)
NULL
whole "HI"
bool(true)
bool(true)
frame "ab"
frame "c"
frame ""
frame "z"
frame "cut"
