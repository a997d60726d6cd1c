--TEST--
Integration: wss: AsyncTcpConnection('ws://') with transport ssl (cafile, peer_name) talks to a websocket:// worker with transport ssl: handshake, echo of 1 B..300 KB, ping timer, close
--EXTENSIONS--
workerman
posix
openssl
--FILE--
<?php
require __DIR__ . '/../tls/tls.inc';
$port = wm_free_port();
$certs = wm_tls_certs();
$server = new WmServer(strtr(<<<'PHP'
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Connection\AsyncTcpConnection;
use Workerman\Protocols\Ws;
$ws = new Worker('websocket://127.0.0.1:__PORT__', ['ssl' => ['local_cert' => '__CERTS__/localhost.pem', 'local_pk' => '__CERTS__/localhost.key', 'verify_peer' => false]]);
$ws->transport = 'ssl';
// 4.x passes the head and sets $_SERVER/$_GET; 5.x passes a Request
$ws->onWebSocketConnect = function ($c, $head) { echo "server: connect " . (is_object($head) ? $head->uri() . " " . $head->get("room") : $_SERVER["REQUEST_URI"] . " " . $_GET["room"]) . "\n"; };
$ws->onMessage = function ($c, $data) { $c->send($data); };
$ws->onWebSocketPing = function ($c, $data) { echo "server: ping " . bin2hex($data) . "\n"; $c->send($data); };
$ws->onClose = function ($c) { echo "server: close\n"; };
$ws->onWorkerStart = function () { wm_ready(); };
$client = new Worker();
$client->name = 'client';
$client->onWorkerStart = function () {
    $c = new AsyncTcpConnection('ws://127.0.0.1:__PORT__/chat?room=7', ['ssl' => ['cafile' => '__CERTS__/localhost.pem', 'peer_name' => 'localhost']]);
    $c->transport = 'ssl';
    $sizes = [1, 125, 126, 65535, 65536, 300000];
    $i = 0;
    $c->onWebSocketConnect = function ($c) use (&$sizes) {
        echo "client: connected\n";
        $c->send(str_repeat('a', $sizes[0]));
    };
    $c->onMessage = function ($c, $data) use (&$sizes, &$i) {
        $want = str_repeat(chr(97 + $i % 26), $sizes[$i]);
        echo "client: echo " . strlen($data) . " " . ($data === $want ? "same" : "DIFFERENT") . "\n";
        if (++$i < count($sizes)) {
            if ($i == 3) {
                $c->websocketType = Ws::BINARY_TYPE_ARRAYBUFFER;
            }
            $c->send(str_repeat(chr(97 + $i % 26), $sizes[$i]));
            return;
        }
        $c->pingNow = true;
    };
    $c->onWebSocketPong = function ($c, $data) {
        if (empty($c->pingNow)) {
            return;
        }
        echo "client: pong " . bin2hex($data) . "\n";
        $c->close();
    };
    $c->onClose = function () { echo "client: closed\n"; };
    $c->websocketPingInterval = 0.05;
    $c->connect();
    wm_ready();
};
Worker::runAll();
PHP, ['__PORT__' => $port, '__CERTS__' => $certs]));
$server->waitReady(2);
$server->waitFor('client: closed');
$server->waitFor('server: close');
$out = $server->stop();
preg_match_all('/^(server: (?!close|ping)|client: ).*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
echo substr_count($out, "server: close\n"), " server close\n";
echo "server pinged: ", strpos($out, "server: ping \n") !== false ? "yes" : "no", "\n";
?>
--EXPECT--
server: connect /chat?room=7 7
client: connected
client: echo 1 same
client: echo 125 same
client: echo 126 same
client: echo 65535 same
client: echo 65536 same
client: echo 300000 same
client: pong 
client: closed
1 server close
server pinged: yes
