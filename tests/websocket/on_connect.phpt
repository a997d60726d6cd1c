--TEST--
onWebSocketConnect: looked up on the connection then the worker, runs before the 101 with $_SERVER/$_GET/$_COOKIE set (emptied after), the whole buffer as argument, close() in it rejects, GatewayWorker's Context::sessionEncode($_SESSION) hook
--EXTENSIONS--
workerman
posix
--FILE--
<?php
putenv('WM_API=4'); // 4.2.1's handshake bytes and superglobals (profile 5's: handshake5.phpt)
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<'PHP'
namespace GatewayWorker\Lib {
    class Context {
        public static function sessionEncode($s) { return 'enc:' . json_encode($s); }
    }
}
namespace {
use Workerman\Worker;
$w = new Worker('websocket://127.0.0.1:' . getenv('WS_PORT'));
$w->onWorkerStart = function () { wm_ready(); };
$w->onConnect = function ($c) {
    static $n = 0;
    if (++$n === 3) {
        $c->onWebSocketConnect = function ($c, $buffer) { echo "connection-level callback\n"; };
    }
};
$w->onWebSocketConnect = function ($c, $buffer) {
    echo "buffer ", strlen($buffer), " ends with frame: ", var_export(str_ends_with($buffer, "\x00\x00\x00\x00"), true), "\n";
    echo json_encode($_SERVER), "\n", json_encode($_GET), "\n", json_encode($_COOKIE), "\n";
    if (isset($_GET['reject'])) {
        $c->close();
        return;
    }
    $_SESSION = ['uid' => 7];
};
$w->onMessage = function ($c, $d) {
    echo "after: ", json_encode([$_SERVER, $_GET, $_COOKIE, $_SESSION]), " session=", $c->session ?? '-', "\n";
};
$w->onClose = function ($c) { echo "close\n"; };
Worker::runAll();
}
PHP
, ["start"], ["WS_PORT" => $port]);
$server->waitReady();
// 1: query, cookie, Host with port, a header without value spaces; a frame in the same write
$c = wm_connect($port);
fwrite($c, "GET /a/b?x=1&arr[k]=v HTTP/1.1\r\nHost: h.test:81\r\nCookie: s=1; t=a%20b\r\nX-Empty:\r\n"
    . "Sec-WebSocket-Key: " . WM_WS_KEY . "\r\n\r\n" . wm_ws_frame('', 0x81, true, "\x00\x00\x00\x00") );
echo substr(wm_ws_read_head($c), 0, 32), "\n";
$server->waitFor("after:");
// 2: close() inside the callback: no 101
$c2 = wm_connect($port);
fwrite($c2, wm_ws_request('/?reject=1'));
var_dump(wm_read_all($c2));
$server->waitFor("close\n");
// 3: the connection's own callback wins over the worker's
[$c3, $head] = wm_ws_handshake($port);
echo substr($head, 0, 32), "\n";
$server->waitFor("connection-level");
$out = $server->stop();
echo substr($out, strpos($out, "buffer "));
?>
--EXPECTF--
HTTP/1.1 101 Switching Protocols
string(0) ""
HTTP/1.1 101 Switching Protocols
buffer 134 ends with frame: true
{"REQUEST_METHOD":"GET","REQUEST_URI":"\/a\/b?x=1&arr[k]=v","SERVER_PROTOCOL":"HTTP\/1.1","HTTP_HOST":"h.test:81","SERVER_NAME":"h.test","SERVER_PORT":"81","HTTP_COOKIE":"s=1; t=a%20b","HTTP_X_EMPTY":"","HTTP_SEC_WEBSOCKET_KEY":"dGhlIHNhbXBsZSBub25jZQ==","QUERY_STRING":"x=1&arr[k]=v"}
{"x":"1","arr":{"k":"v"}}
{"s":"1","t":"a b"}
after: [[],[],[],[]] session=enc:{"uid":7}
buffer 157 ends with frame: false
{"REQUEST_METHOD":"GET","REQUEST_URI":"\/?reject=1","SERVER_PROTOCOL":"HTTP\/1.1","HTTP_HOST":"127.0.0.1","SERVER_NAME":"127.0.0.1","HTTP_UPGRADE":"websocket","HTTP_CONNECTION":"Upgrade","HTTP_SEC_WEBSOCKET_KEY":"dGhlIHNhbXBsZSBub25jZQ==","HTTP_SEC_WEBSOCKET_VERSION":"13","QUERY_STRING":"reject=1"}
{"reject":"1"}
[]
close
connection-level callback
%r(Workerman\[start\.php\] received signal SIGINT\n)?%rWorkerman[start.php] stopping%r( \.\.\.)?%r
close
close
Workerman[start.php] has been stopped
