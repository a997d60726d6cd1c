--TEST--
Protocols: a user class found through the scheme (Protocols\X), input 0/len/-1, encode of arrays, fewer declared params, static onClose, '\Protocols\X' set on a connection
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
namespace Protocols {
    class Colon {
        public static function input(\$buffer) {
            if (\$buffer !== '' && \$buffer[0] === '!') { return -1; }
            \$pos = strpos(\$buffer, ':');
            return \$pos === false ? 0 : \$pos + 1;
        }
        public static function decode(\$buffer, \$connection) { return ['body' => substr(\$buffer, 0, -1)]; }
        public static function encode(\$data) { return is_array(\$data) ? json_encode(\$data) . ':' : (\$data === 'nothing' ? '' : \$data . ':'); }
        public static function onClose(\$connection) { echo "Colon::onClose\\n"; }
    }
    class Upper {
        public static function input(\$buffer, \$connection) { return strlen(\$buffer); }
        public static function decode(\$buffer, \$connection) { return strtoupper(\$buffer); }
        public static function encode(\$data, \$connection) { return "<\$data>"; }
    }
}
namespace {
use Workerman\Worker;
\$w = new Worker('colon://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$data) {
    echo "msg ", json_encode(\$data), " ", \$c->protocol, "\\n";
    \$body = is_array(\$data) ? \$data['body'] : \$data;
    if (\$body === 'switch') {
        \$c->protocol = '\\\\Protocols\\\\Upper';
        return;
    }
    var_dump(\$c->send(is_array(\$data) ? ['got' => \$body] : \$body));
    var_dump(\$c->send('nothing'));
    var_dump(\$c->send('raw!', true));
};
\$w->onClose = function (\$c) { echo "user onClose\\n"; };
Worker::runAll();
}
PHP);
$server->waitReady();
$u = wm_connect($port);
fwrite($u, "one:tw");
echo wm_read_exact($u, 18), "\n";
fwrite($u, "o:!bad");
echo wm_read_all($u), "\n";
$server->waitFor("Colon::onClose");
$v = wm_connect($port);
fwrite($v, "switch:");
$server->waitFor('msg {"body":"switch"}');
fwrite($v, "abc");
$server->waitFor('msg "ABC"');
echo wm_read_exact($v, 18), "\n";
$out = $server->stop();
preg_match_all('/^(msg|bool|NULL|user|Colon|Error).*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
{"got":"one"}:raw!
{"got":"two"}:raw!
<ABC><nothing>raw!
msg {"body":"one"} Protocols\Colon
bool(true)
NULL
bool(true)
msg {"body":"two"} Protocols\Colon
bool(true)
NULL
bool(true)
Error package. package_length=-1user onClose
Colon::onClose
msg {"body":"switch"} Protocols\Colon
msg "ABC" \Protocols\Upper
bool(true)
bool(true)
bool(true)
user onClose
