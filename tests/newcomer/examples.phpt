--TEST--
examples/*.php work as their comments and README's Getting started say (run on free ports): hello answers curl and /json, text_echo echoes lines, chat serves its page and relays WebSocket messages between clients with permessage-deflate set in onWebSocketConnect, sse streams events after the "\r\n"-bodied head
--EXTENSIONS--
workerman
posix
zlib
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$examples = dirname(__DIR__, 2) . '/examples';

/** Starts an example with its fixed ports replaced by free ones; waits for its processes. */
function run_example(string $file, array $ports, int $processes): WmServer
{
    $code = preg_replace('/^<\?php\s*/', '', file_get_contents($file));
    $code = strtr($code, array_map(fn ($p) => ":$p", $ports));
    $code = str_replace('Worker::runAll();', "foreach (Worker::getAllWorkers() as \$w) { \$w->onWorkerStart = function () { wm_ready(); }; }\nWorker::runAll();", $code);
    $server = new WmServer($code);
    $server->waitReady($processes);
    return $server;
}
/** One request; the reply read to its Content-Length (Workerman keeps the connection). */
function http_get(int $port, string $path): string
{
    $c = wm_connect($port);
    fwrite($c, "GET $path HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    $head = wm_ws_read_head($c);
    preg_match('/\r\nContent-Length: (\d+)/i', $head, $m);
    return $head . wm_read_exact($c, (int)($m[1] ?? 0));
}

// hello.php: curl http://127.0.0.1:8080/
$port = wm_free_port();
$s = run_example("$examples/hello.php", [':8080' => $port], 2);
$reply = http_get($port, '/');
echo "hello: ", substr($reply, strpos($reply, "\r\n\r\n") + 4);
$reply = http_get($port, '/json?name=ann');
echo "hello /json: ", substr($reply, strpos($reply, "\r\n\r\n") + 4), "\n";
$s->stop();

// text_echo.php
$port = wm_free_port();
$s = run_example("$examples/text_echo.php", [':2347' => $port], 2);
$c = wm_connect($port);
fwrite($c, "hi\n");
echo "text_echo: ", fgets($c);
$s->stop();

// chat.php: the page on 8081, the WebSocket on 8082
$page = wm_free_port();
$ws = wm_free_port();
$s = run_example("$examples/chat.php", [':8081' => $page, ':8082' => $ws], 2);
$html = http_get($page, '/?nick=ann');
echo "chat page: ", str_contains($html, "200 OK") && str_contains($html, "new WebSocket('ws://' + location.hostname + ':$ws/'") ? 'ok' : $html, "\n";
$offer = "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n";
[$ann, $head] = wm_ws_handshake($ws, '/?nick=ann', $offer);
echo "ann: ", substr($head, 9, 3), ", ", str_contains($head, "Sec-WebSocket-Extensions: permessage-deflate") ? 'deflate' : 'plain', "\n";
[$bob, $head] = wm_ws_handshake($ws, '/');
echo "guest: ", str_contains($head, "Sec-WebSocket-Extensions") ? 'deflate' : 'plain', "\n";
fwrite($ann, wm_ws_frame('hello'));
$f = wm_ws_read_frame($ann);
$i = inflate_init(ZLIB_ENCODING_RAW);
printf("ann gets %x [%s]\n", $f['first'], inflate_add($i, $f['payload'] . "\x00\x00\xff\xff", ZLIB_SYNC_FLUSH));
$f = wm_ws_read_frame($bob);
printf("guest gets %x [%s]\n", $f['first'], preg_replace('/guest\d+/', 'guestN', $f['payload']));
$s->stop();

// sse.php: the head, then one event a second
$port = wm_free_port();
$s = run_example("$examples/sse.php", [':8083' => $port], 1);
$c = wm_connect($port);
fwrite($c, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
$got = '';
while (!str_contains($got, "tick 1\n\n") && ($chunk = fread($c, 8192)) !== false && $chunk !== '') {
    $got .= $chunk;
}
[$head, $body] = explode("\r\n\r\n", $got, 2) + ['', ''];
echo "sse head: ", strtok($head, "\r"), ", ", str_contains($head, "Content-Type: text/event-stream") ? 'event-stream' : $head, "\n";
echo "sse body: ", json_encode($body), "\n";
$s->stop();
?>
--EXPECT--
hello: Hello World
hello /json: {"name":"ann"}
text_echo: echo: hi
chat page: ok
ann: 101, deflate
guest: plain
ann gets c1 [ann: hello]
guest gets 81 [ann: hello]
sse head: HTTP/1.1 200 OK, event-stream
sse body: "event: tick\nid: 1\ndata: tick 1\n\n"
