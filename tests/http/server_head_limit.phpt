--TEST--
Http server: the head limit is where "\r\n\r\n" starts, as 5.x's strpos() < 16384: a head whose end starts at 16383 is served, one at 16384 gets 431 (whole head in one write, as 5.x sees it in one read)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=5'); // 5.x reply bytes (profile 4 adds its Server line: tests/http/profile4_bytes.phpt)
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('http://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$r) { \$c->close('x is ' . strlen(\$r->header('x'))); };
Worker::runAll();
PHP);
$server->waitReady();
$prefix = "GET / HTTP/1.1\r\nHost: h\r\nX: ";
foreach ([16381, 16383, 16384] as $at) {
    $head = $prefix . str_repeat('x', $at - strlen($prefix)) . "\r\n\r\n";
    $c = wm_connect($port);
    fwrite($c, $head);
    $reply = wm_read_all($c);
    fclose($c);
    echo strpos($head, "\r\n\r\n"), ': ', strtok($reply, "\r"), ' / ', substr($reply, strrpos($reply, "\n") + 1), "\n";
}
$server->stop();
?>
--EXPECT--
16381: HTTP/1.1 200 OK / x is 16353
16383: HTTP/1.1 200 OK / x is 16355
16384: HTTP/1.1 431 Request Header Fields Too Large / 
