--TEST--
Protocols: a user input() that throws is ignored as in Workerman 4 (package length stays unknown); false and oversized lengths print "Error package" and destroy
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
namespace Protocols {
    class Odd {
        public static function input(\$buffer, \$connection) {
            if (\$buffer[0] === 't') { throw new \\RuntimeException('ignored'); }
            if (\$buffer[0] === 'f') { return false; }
            if (\$buffer[0] === 'b') { return \$connection->maxPackageSize + 1; }
            return 1;
        }
        public static function decode(\$buffer) { return \$buffer; }
        public static function encode(\$data) { return \$data; }
    }
}
namespace {
use Workerman\Worker;
\$w = new Worker('odd://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$data) { echo "msg \$data\\n"; };
\$w->onClose = function (\$c) { echo "\\nclose\\n"; };
Worker::runAll();
}
PHP, ['start', '-q']);
$server->waitReady();
$t = wm_connect($port);
fwrite($t, "throw");
$f = wm_connect($port);
fwrite($f, "f");
var_dump(wm_read_all($f));
$b = wm_connect($port);
fwrite($b, "b");
var_dump(wm_read_all($b));
/* The client sees EOF before the worker's onClose has printed: wait for it. */
$server->waitFor("close\n", 2);
$out = $server->stop();
echo preg_replace('/^(WM_READY|Workerman.*)\n/m', '', $out);
?>
--EXPECT--
string(0) ""
string(0) ""
Error package. package_length=false
close
Error package. package_length=10485761
close

close
