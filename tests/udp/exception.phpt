--TEST--
UDP: an exception in a udp worker's onMessage (or in its protocol's decode) ends the worker with 250 (status 64000); it is respawned and serves again
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_udp_port();
$server = new WmServer(<<<PHP
namespace Protocols {
class Boom {
    public static function input(\$buffer) { return strlen(\$buffer); }
    public static function decode(\$buffer) { if (\$buffer === 'decode') { throw new \\LogicException('bad decode'); } return \$buffer; }
    public static function encode(\$data) { return \$data; }
}
}
namespace {
use Workerman\Worker;
\$w = new Worker('boom://127.0.0.1:$port');
\$w->transport = 'udp';
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$data) {
    if (\$data === 'boom') { throw new RuntimeException('udp boom'); }
    \$c->send("ok:\$data");
};
Worker::runAll();
}
PHP);
$server->waitReady();
$c = wm_udp_client("udp://127.0.0.1:$port");
fwrite($c, 'boom');
$server->waitReady(2);
fwrite($c, 'decode');
$server->waitReady(3);
fwrite($c, 'again');
var_dump(wm_udp_recv($c));
$out = $server->stop();
var_dump((bool)preg_match('/^RuntimeException: udp boom in \S+start.php:\d+\nStack trace:\n#0 /m', $out));
var_dump((bool)preg_match('/^LogicException: bad decode in \S+start.php:\d+\n/m', $out));
var_dump(preg_match_all('/worker\[none:\d+\] exit with status 64000/', $out));
?>
--EXPECT--
string(8) "ok:again"
bool(true)
bool(true)
int(2)
