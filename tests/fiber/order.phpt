--TEST--
Fiber mode: a later Text message overtakes a suspended one as with Workerman 5.2.2 + Revolt, while pipelined HTTP requests are answered in order
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=5');
require __DIR__ . '/../include/server.inc';
$text = wm_free_port();
$http = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Protocols\Http\Response;
Worker::\$eventLoopClass = Workerman\Events\Fiber::class;
\$t = new Worker('text://127.0.0.1:$text');
\$t->onWorkerStart = function () { wm_ready(); };
\$t->onMessage = function (\$c, \$msg) {
    if (\$msg === 'a') {
        echo "begin a\\n";
        Timer::sleep(0.2);
    }
    \$c->send("reply \$msg");
};
\$h = new Worker('http://127.0.0.1:$http');
\$h->onWorkerStart = function () { wm_ready(); };
\$h->onMessage = function (\$c, \$req) {
    if (\$req->path() === '/slow') {
        Timer::sleep(0.2);
    }
    \$c->send(new Response(200, [], \$req->path()));
};
Worker::runAll();
PHP);
$server->waitReady(2);

$c = wm_connect($text);
fwrite($c, "a\n");
$server->waitFor("begin a\n");
fwrite($c, "b\n");
echo wm_read_exact($c, 8);
fwrite($c, "c\n");
echo wm_read_exact($c, 8);
echo wm_read_exact($c, 8);
fclose($c);

$c = wm_connect($http);
fwrite($c, "GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
$got = '';
$deadline = microtime(true) + 5;
while (substr_count($got, 'HTTP/1.1 200') < 2 || !str_ends_with($got, '/fast')) {
    if (microtime(true) > $deadline) {
        break;
    }
    $got .= fread($c, 65536);
}
preg_match_all('~\r\n\r\n(/(?:slow|fast))~', $got, $m);
echo implode(' ', $m[1]), "\n";
fclose($c);
$server->stop();
?>
--EXPECT--
reply b
reply c
reply a
/slow /fast
