--TEST--
Hardening: 50 requests with invalid session cookies (path traversal, NUL, non-alphanumeric bytes) to a server using sessions: each gets a fresh id in Set-Cookie and its reply, the worker never exits
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../http/http.inc';
$port = wm_free_port();
$server = new WmServer(str_replace('__PORT__', $port, <<<'PHP'
use Workerman\Worker;
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\FileSessionHandler;
@mkdir(__DIR__ . '/sess');
Session::handlerClass(FileSessionHandler::class, ['save_path' => __DIR__ . '/sess']);
$w = new Worker('http://127.0.0.1:__PORT__');
$w->onWorkerStart = function () { wm_ready(); };
$w->onWorkerExit = function ($w, $status, $pid) { echo "worker exit $status\n"; };
$w->onMessage = function ($c, $r) {
    $s = $r->session();
    $s->set('n', ($s->get('n') ?? 0) + 1);
    $c->send('n=' . $s->get('n') . ' id=' . $s->getId());
};
Worker::runAll();
PHP));
$server->waitReady();
$bad = ['../../tmp/x', '..%2F..%2Fetc%2Fpasswd', "abc%00def", 'a/b', 'sp ace', '{x}', "\x80\x81", '<script>', 'x[]', '-'];
$fresh = 0;
$c = wm_connect($port);
for ($i = 0; $i < 50; $i++) {
    $reply = wm_http_get($c, '/', 'Cookie: PHPSID=' . $bad[$i % count($bad)] . "\r\n");
    if (preg_match('/\r\nSet-Cookie: PHPSID=([0-9a-f]{32});.*\r\n\r\nn=1 id=\1$/s', $reply)) {
        $fresh++;
    }
}
fclose($c);
echo "$fresh of 50 got a fresh session\n";
$out = $server->stop();
// before the stop only (a slow stop, e.g. under valgrind, may end in a kill)
$before = strstr($out, 'stopping', true) ?: $out;
echo preg_match('/worker exit|exit with status|Exception/', $before) ? "worker exited:\n$out" : "worker lived\n";
?>
--EXPECT--
50 of 50 got a fresh session
worker lived
