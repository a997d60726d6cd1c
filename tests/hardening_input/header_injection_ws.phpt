--TEST--
Hardening: WebSocket handshake extra headers with CR, LF or NUL: the server's $connection->headers (a line, or an empty line in 4.x's string form) throws naming the header under profile 4 (Workerman's exception exit, no 101) and is dropped under 5 (5.x's rule); the client's headers throw before anything is sent
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/wsclient.inc';
$port = wm_free_port();
$wsport = wm_free_port();
$srv = wsc_listen($wsport);
$server = new WmServer(strtr(<<<'PHP'
use Workerman\Worker;
use Workerman\Connection\AsyncTcpConnection;
$w = new Worker('websocket://127.0.0.1:__PORT__');
$w->onWorkerStart = function () {
    if (!file_exists(__DIR__ . '/client')) {
        touch(__DIR__ . '/client');
        $c = new AsyncTcpConnection('ws://127.0.0.1:__WSPORT__/');
        $c->headers = ['X-Ok' => 'fine', 'X-Bad' => "a\r\nX-Evil: 1"];
        $c->connect();
    }
    wm_ready();
};
$w->onWebSocketConnect = function ($c, $head) {
    $c->headers = match ($_GET['h'] ?? $head->get('h')) {
        'list' => ['X-A: 1', 'X-B: 2'],
        'string' => "X-A: 1\r\nX-B: 2",
        'bad' => ['X-A: 1', "X-Bad: a\r\nX-Evil: 1"],
        'nul' => ["X-Nul: a\0b"],
        'blank' => "X-A: 1\r\n\r\nbody",
    };
};
$w->onMessage = function ($c, $data) { $c->send($data); };
Worker::runAll();
PHP, ['__PORT__' => $port, '__WSPORT__' => $wsport]));
$server->waitReady();
// the client: its worker exits on the exception before writing the request
$client = wsc_accept($srv);
$server->waitFor("X-Bad' may not contain");
echo "client sent: ", json_encode(fread($client, 100)), "\n";
$ready = 2;
$server->waitReady($ready);
$five = Workerman\Worker::VERSION[0] === '5';
foreach (($five ? ['list', 'bad', 'nul'] : ['list', 'string', 'bad', 'nul', 'blank']) as $i => $case) {
    [$c, $head] = wm_ws_handshake($port, "/?h=$case");
    preg_match_all('/^X-[^\r]*/m', $head, $m);
    // 4: no 101 for the refused cases; 5: 5.x drops lines holding CR or LF
    $expect = [
        'list' => 'HTTP/1.1 101 ["X-A: 1","X-B: 2"]',
        'string' => 'HTTP/1.1 101 ["X-A: 1","X-B: 2"]',
        'bad' => $five ? 'HTTP/1.1 101 ["X-A: 1"]' : ' []',
        'nul' => $five ? 'HTTP/1.1 101 ["X-Nul: a\\u0000b"]' : ' []',
        'blank' => ' []',
    ][$case];
    $got = preg_replace('/ Switching Protocols?/', '', (string)strtok($head, "\r")) . ' ' . json_encode($m[0]);
    if ($got !== $expect) {
        echo "$case: got $got\n";
    }
    fclose($c);
    if (!$five && in_array($case, ['bad', 'nul', 'blank'])) {
        $server->waitReady(++$ready); // the worker exited as on an exception in the callback
    }
}
$out = $server->stop();
preg_match_all('/^InvalidArgumentException: .*?(detected|bytes)(?= in )/m', $out, $m);
$expect = ["Header 'X-Bad' may not contain more than a single header, new line detected"]; // the client
if (!$five) {
    $expect[] = "Header 'X-Bad' may not contain more than a single header, new line detected";
    $expect[] = "Header 'X-Nul' may not contain NUL bytes";
    $expect[] = "Header lines may not contain an empty line, new line detected";
}
$got = array_map(fn($l) => substr($l, strlen('InvalidArgumentException: ')), $m[0]);
echo $got === $expect ? "exceptions as expected\n" : 'exceptions: ' . json_encode($got) . "\n";
?>
--EXPECT--
client sent: ""
exceptions as expected
