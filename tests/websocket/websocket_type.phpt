--TEST--
WebSocket: $connection->websocketType (unset before the handshake, BLOB after, ARRAYBUFFER changes the first byte, isset/unset, kept in C: no property table), Websocket constants, Websocket::encode() from PHP (frame bytes, '' before the handshake, 4.x exception for arrays, 5.x JSON)
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
use Workerman\Protocols\Websocket;
\$w = new Worker('websocket://127.0.0.1:$port');
\$w->onWorkerStart = function () {
    var_dump(bin2hex(Websocket::BINARY_TYPE_BLOB . Websocket::BINARY_TYPE_ARRAYBUFFER . Websocket::BINARY_TYPE_BLOB_DEFLATE . Websocket::BINARY_TYPE_ARRAYBUFFER_DEFLATE));
    wm_ready();
};
\$w->onConnect = function (\$c) {
    var_dump(isset(\$c->websocketType), Websocket::encode('early', \$c));
};
\$w->onMessage = function (\$c, \$d) {
    if (\$d === 'state') {
        var_dump(isset(\$c->websocketType), bin2hex(\$c->websocketType), (array)\$c === (array)\$c);
        var_dump(bin2hex(Websocket::encode('abc', \$c)), strlen(Websocket::encode(str_repeat('a', 2000), \$c)));
        // A non-scalar: 4.x refuses it with this exception, 5.x sends it as JSON.
        foreach ([['x'], null] as \$value) {
            try {
                \$r = Websocket::encode(\$value, \$c);
                \$json = json_encode(\$value);
                echo Worker::VERSION[0] === '5' && \$r === "\\x81" . chr(strlen(\$json)) . \$json ? 'as the profile says' : 'wrong: ' . bin2hex(\$r), "\\n";
            } catch (Exception \$e) {
                \$expected = "You can't send(" . gettype(\$value) . ") to client, you need to convert it to a string. ";
                echo Worker::VERSION[0] === '4' && \$e->getMessage() === \$expected ? 'as the profile says' : 'wrong: ' . \$e->getMessage(), "\\n";
            }
        }
        if (Worker::VERSION[0] === '4') {
            try {
                \$c->send(null); // send() takes the same path under 4.x (5.x would send a frame here)
            } catch (Exception \$e) {
                echo \$e->getMessage(), "\\n";
            }
        }
        \$c->websocketType = Websocket::BINARY_TYPE_ARRAYBUFFER;
        \$c->send(\$d);
        unset(\$c->websocketType);
        var_dump(isset(\$c->websocketType));
        \$c->send(123);
        var_dump(bin2hex(\$c->websocketType));
        \$c->websocketType .= '';
        var_dump(bin2hex(\$c->websocketType));
    }
};
Worker::runAll();
PHP);
$server->waitReady();
[$c] = wm_ws_handshake($port);
fwrite($c, wm_ws_frame('state'));
foreach ([1, 2, 3] as $i) {
    $f = wm_ws_read_frame($c);
    echo bin2hex($f['raw']), " ", $f['payload'], "\n";
}
$server->waitFor('string(2) "81"', 2);
$out = $server->stop();
echo substr($out, strpos($out, "string(8)"));
?>
--EXPECTF--
8105 early
8205 state
8103 123
string(8) "8182c1c2"
WM_READY
bool(false)
string(0) ""
bool(true)
string(2) "81"
bool(true)
string(10) "8103616263"
int(2004)
as the profile says
as the profile says
%Abool(false)
string(2) "81"
string(2) "81"
%r(Workerman\[start\.php\] received signal SIGINT\n)?%rWorkerman[start.php] stopping%r( \.\.\.)?%r
Workerman[start.php] has been stopped
