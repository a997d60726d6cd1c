--TEST--
Http server: the same literal body answered again (its reply bytes are reused) stays right after a reply with extra headers, another literal, a built string of the same text and a Connection: close reply
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/http.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('http://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$r) {
    switch (\$r->path()) {
    case '/hdr':
        \$c->headers = ['X-Extra' => 'yes'];
        \$c->send('Hello World');
        return;
    case '/other':
        \$c->send('Other');
        return;
    case '/built':
        \$c->send(implode(' ', ['Hello', 'World']));
        return;
    default:
        \$c->send('Hello World');
    }
};
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
$paths = ['/', '/', '/hdr', '/', '/other', '/', '/built', '/'];
$batch = '';
foreach ($paths as $p) {
    $batch .= "GET $p HTTP/1.1\r\nHost: a\r\n\r\n";
}
fwrite($c, $batch);
$replies = [];
foreach ($paths as $p) {
    $replies[] = wm_http_read_reply($c);
}
echo json_encode(array_map(fn($r) => str_replace("\r\n", '|', preg_replace('/^Server: .*\r\n/m', '', $r)), $replies), JSON_PRETTY_PRINT), "\n";
echo $replies[0] === $replies[1] && $replies[1] === $replies[3] && $replies[3] === $replies[5]
    && $replies[5] === $replies[6] && $replies[6] === $replies[7] ? "same\n" : "differ\n";
fclose($c);
$server->stop();
?>
--EXPECT--
[
    "HTTP\/1.1 200 OK|Connection: keep-alive|Content-Type: text\/html;charset=utf-8|Content-Length: 11||Hello World",
    "HTTP\/1.1 200 OK|Connection: keep-alive|Content-Type: text\/html;charset=utf-8|Content-Length: 11||Hello World",
    "HTTP\/1.1 200 OK|X-Extra: yes|Connection: keep-alive|Content-Type: text\/html;charset=utf-8|Content-Length: 11||Hello World",
    "HTTP\/1.1 200 OK|Connection: keep-alive|Content-Type: text\/html;charset=utf-8|Content-Length: 11||Hello World",
    "HTTP\/1.1 200 OK|Connection: keep-alive|Content-Type: text\/html;charset=utf-8|Content-Length: 5||Other",
    "HTTP\/1.1 200 OK|Connection: keep-alive|Content-Type: text\/html;charset=utf-8|Content-Length: 11||Hello World",
    "HTTP\/1.1 200 OK|Connection: keep-alive|Content-Type: text\/html;charset=utf-8|Content-Length: 11||Hello World",
    "HTTP\/1.1 200 OK|Connection: keep-alive|Content-Type: text\/html;charset=utf-8|Content-Length: 11||Hello World"
]
same
