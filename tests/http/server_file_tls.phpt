--TEST--
Http server over TLS (transport ssl): file replies go out in 64 KiB pread pieces through the TLS session, in order with the replies behind them
--EXTENSIONS--
workerman
posix
openssl
--SKIPIF--
<?php if (!is_file(__DIR__ . '/../tls/tls.inc')) die('skip needs the TLS tests helpers'); ?>
--FILE--
<?php
require __DIR__ . '/../tls/tls.inc';
require __DIR__ . '/http.inc';
$port = wm_free_port();
$certs = wm_tls_certs();
$file = sys_get_temp_dir() . '/wm-http-tls-' . getmypid() . '.bin';
$data = '';
for ($i = 0; $i < 3 * 1024 + 7; $i++) {
    $data .= str_pad("$i:", 1024, '#');
}
file_put_contents($file, $data);
$server = new WmServer(strtr(<<<'PHP'
use Workerman\Worker;
use Workerman\Protocols\Http\Response;
$w = new Worker('http://127.0.0.1:__PORT__', ['ssl' => [
    'local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key', 'verify_peer' => false]]);
$w->transport = 'ssl';
$w->onWorkerStart = function () { wm_ready(); };
$w->onMessage = function ($c, $r) {
    if ($r->path() === '/file') {
        $c->send((new Response())->withFile('__FILE__'));
    } elseif ($r->path() === '/range') {
        $c->send((new Response())->withFile('__FILE__', 70000, 100000));
    } else {
        $c->send('after');
    }
};
Worker::runAll();
PHP, ['__PORT__' => $port, '__CERTS__' => $certs, '__FILE__' => $file]));
$server->waitReady();
$c = wm_tls_connect($port);
fwrite($c, "GET /file HTTP/1.1\r\nHost: a\r\n\r\nGET /range HTTP/1.1\r\nHost: a\r\n\r\nGET /after HTTP/1.1\r\nHost: a\r\n\r\n");
$body = function ($reply) { return substr($reply, strpos($reply, "\r\n\r\n") + 4); };
$whole = wm_http_read_reply($c);
echo $body($whole) === $data ? "file intact\n" : "file differs (" . strlen($body($whole)) . ")\n";
$range = wm_http_read_reply($c);
preg_match('/Content-Range: (.*)\r\n/', $range, $m);
echo $m[1], "\n", $body($range) === substr($data, 70000, 100000) ? "range intact\n" : "range differs\n";
echo $body(wm_http_read_reply($c)), "\n";
fclose($c);
$server->stop();
unlink($file);
?>
--EXPECT--
file intact
bytes 70000-169999/3152896
range intact
after
