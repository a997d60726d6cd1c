--TEST--
TLS server with a user-level protocol (text:// + transport ssl): 3000 pipelined lines in one write get 3000 replies in order; several TLS records per read and several replies per record
--EXTENSIONS--
workerman
posix
openssl
--FILE--
<?php
require __DIR__ . '/tls.inc';
$port = wm_free_port();
$certs = wm_tls_certs();
$server = new WmServer(strtr(<<<'PHP'
use Workerman\Worker;
$w = new Worker('text://127.0.0.1:__PORT__', ['ssl' => ['local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key']]);
$w->transport = 'ssl';
$w->onMessage = function ($c, $line) { $c->send("r$line"); };
$w->onClose = function ($c) { echo "> onClose " . $c->getRemoteIp() . "\n"; };
$w->onWorkerStart = function () { wm_ready(); };
Worker::runAll();
PHP, ['__PORT__' => $port, '__CERTS__' => $certs]));
$server->waitReady();
$c = wm_tls_connect($port);
$req = $expect = '';
for ($i = 0; $i < 3000; $i++) {
    $req .= "$i\n";
    $expect .= "r$i\n";
}
wm_write_all($c, $req);
$got = wm_read_exact($c, strlen($expect), 10);
echo "replies: ", substr_count($got, "\n"), " ", $got === $expect ? 'in order' : 'WRONG', "\n";
// a second burst on the same connection, split mid-line
wm_write_all($c, "ab");
wm_write_all($c, "c\nde");
wm_write_all($c, "f\n");
echo wm_read_exact($c, 10);
fclose($c);
$server->waitFor("onClose 127.0.0.1\n");
preg_match_all('/^> .*$/m', $server->stop(), $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
replies: 3000 in order
rabc
rdef
> onClose 127.0.0.1
