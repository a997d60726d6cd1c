--TEST--
Protocols: text:// and frame:// framing, splits across writes, 16 pipelined lines answered in order, direct static calls
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use Workerman\Protocols\Text;
use Workerman\Protocols\Frame;
var_dump(Text::input("ab"), Text::input("ab\ncd\n"), Text::decode("ab\r\n"), Text::encode("x"));
var_dump(Frame::input("\0\0"), Frame::input("\0\0\0\x09hello"), Frame::decode("\0\0\0\x09hello"), bin2hex(Frame::encode("hi")));
$port = wm_free_port();
$fport = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$t = new Worker('text://127.0.0.1:$port');
\$t->onWorkerStart = function () { wm_ready(); };
\$t->onMessage = function (\$c, \$line) {
    echo "line ", json_encode(\$line), " ", \$c->protocol, "\\n";
    \$r = \$c->send(strtoupper(\$line));
    if (\$r !== true) { echo "send returned ", var_export(\$r, true), "\\n"; }
};
\$f = new Worker('frame://127.0.0.1:$fport');
\$f->onMessage = function (\$c, \$data) { echo "frame ", json_encode(\$data), "\\n"; \$c->send("re:" . \$data); };
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
$batch = '';
for ($i = 0; $i < 16; $i++) {
    $batch .= "line $i\r\n";
}
fwrite($c, $batch);
$expected = strtoupper(str_replace("\r\n", "\n", $batch));
var_dump(wm_read_exact($c, strlen($expected)) === $expected);
fwrite($c, "spl");
$server->waitFor('line "line 15"');
fwrite($c, "it\n");
var_dump(wm_read_exact($c, 6));
$f = wm_connect($fport);
fwrite($f, pack('N', 9) . 'hello' . pack('N', 6));
fwrite($f, 'ab');
var_dump(bin2hex(wm_read_exact($f, 12)), bin2hex(wm_read_exact($f, 9)));
$out = $server->stop();
echo substr_count($out, "line \"line "), " lines, ", substr_count($out, "send returned"), " non-true sends\n";
preg_match_all('/^(line "split"|frame).*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
int(0)
int(3)
string(2) "ab"
string(2) "x
"
int(0)
int(9)
string(5) "hello"
string(12) "000000066869"
bool(true)
string(6) "SPLIT
"
string(24) "0000000c72653a68656c6c6f"
string(18) "0000000972653a6162"
16 lines, 0 non-true sends
line "split" Workerman\Protocols\Text
frame "hello"
frame "ab"
