--TEST--
Differential (5.2.2): an HTTP app using Request getters, sessions (file handler), uploads, JSON and urlencoded posts, cookies, Response objects, Chunk, SSE and file replies answers byte for byte as on Workerman 5.2.2 under API profile 5 (session ids and upload temp names aside)
--EXTENSIONS--
workerman
posix
pcntl
--SKIPIF--
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman5_dir()) die('skip set WORKERMAN5_DIR to a Workerman 5.2.2 tree (and WORKERMAN_COROUTINE_DIR to workerman/coroutine)'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
require __DIR__ . '/../http/http.inc';
$dir = sys_get_temp_dir() . '/wm-http-app5-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/page.css", str_repeat("body{}\n", 300));
touch("$dir/page.css", 1700000000);
$code = str_replace('__DIR__', $dir, <<<'PHP'
use Workerman\Worker;
use Workerman\Protocols\Http\Response;
use Workerman\Protocols\Http\Chunk;
use Workerman\Protocols\Http\ServerSentEvents;
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\FileSessionHandler;
FileSessionHandler::sessionSavePath('__DIR__');
$w = new Worker('http://127.0.0.1:__PORT__');
$w->onWorkerStart = function ($w) { wm_ready(); };
$w->onMessage = function ($c, $r) {
    switch ($r->path()) {
        case '/info':
            $c->send(json_encode([$r->method(), $r->uri(), $r->path(), $r->queryString(), $r->get(), $r->get('a'),
                $r->get('none', 'dflt'), $r->host(), $r->host(true), $r->protocolVersion(), $r->header(), $r->header('x-multi'),
                $r->cookie(), $r->cookie('c1'), $r->post(), $r->rawBody()]));
            break;
        case '/login':
            $s = $r->session();
            $s->set('user', $r->get('u'));
            $s->put(['n' => 1, 'm' => [1, 2]]);
            $c->send(new Response(200, ['Content-Type' => 'application/json'], json_encode($s->all())));
            break;
        case '/me':
            $s = $r->session();
            $c->send(json_encode([$s->get('user'), $s->has('n'), $s->pull('n'), $s->all()]));
            break;
        case '/upload':
            $files = $r->file();
            array_walk_recursive($files, function (&$v, $k) { if ($k === 'tmp_name') { $v = is_file($v) ? 'TMP:' . filesize($v) : 'MISSING'; } });
            $c->send(json_encode([$r->post(), $files]));
            break;
        case '/sse':
            $c->send(new Response(200, ['Content-Type' => 'text/event-stream'], "\r\n"));
            $c->send(new ServerSentEvents(['event' => 'tick', 'data' => "a\nb", 'id' => '1']));
            $c->send(new ServerSentEvents(['' => 'comment', 'retry' => 100, 'data' => 'x']));
            break;
        case '/chunked':
            $c->send(new Response(200, ['Transfer-Encoding' => 'chunked', 'X-Stream' => '1'], 'one'));
            $c->send(new Chunk('two'));
            $c->send(new Chunk(''));
            break;
        case '/css':
            $c->send((new Response())->withFile('__DIR__/page.css'));
            break;
        case '/missing':
            $c->send((new Response())->withFile('__DIR__/none.txt'));
            break;
        default:
            $c->send((new Response(404, ['X-A' => ['1', '2']], 'nf'))->cookie('k', 'v;w', 60, '/p', 'example.test', true, true));
    }
};
Worker::runAll();
PHP);
[$ours, $theirs] = wm_differential5($code, function (WmServer $server, int $port, array &$extraPorts) {
    $server->waitReady();
    $c = wm_connect($port);
    $out = [];
    $out[] = wm_http_get($c, '/info?a=1&b[]=2&b[]=3', "X-Multi: 1\r\nX-Multi: 2\r\nCookie: c1=v%201; c2=x\r\n");
    $body = 'f=1&g[h]=2';
    fwrite($c, "POST /info HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body");
    $out[] = wm_http_read_reply($c);
    $body = '{"j":[1,2],"k":"v"}';
    fwrite($c, "POST /info HTTP/1.0\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body");
    $out[] = wm_http_read_reply($c);
    $login = wm_http_get($c, '/login?u=ann');
    $out[] = $login;
    preg_match('/PHPSID=(\w+)/', $login, $m);
    $out[] = wm_http_get($c, '/me', "Cookie: PHPSID=" . ($m[1] ?? 'none') . "\r\n");
    $b = 'XyZ';
    $body = "--$b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nhello\r\n"
        . "--$b\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n" . str_repeat('A', 1000) . "\r\n"
        . "--$b\r\nContent-Disposition: form-data; name=\"pics[]\"; filename=\"p1.png\"\r\nContent-Type: image/png\r\n\r\nPNG1\r\n"
        . "--$b\r\nContent-Disposition: form-data; name=\"pics[]\"; filename=\"p2.png\"\r\nContent-Type: image/png\r\n\r\nPNG22\r\n"
        . "--$b--\r\n";
    fwrite($c, "POST /upload HTTP/1.1\r\nHost: h\r\nContent-Type: multipart/form-data; boundary=$b\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body");
    $out[] = wm_http_read_reply($c);
    $out[] = wm_http_get($c, '/chunked');
    $out[] = wm_http_get($c, '/css');
    $out[] = wm_http_get($c, '/missing');
    $out[] = wm_http_get($c, '/other');
    fwrite($c, "GET /sse HTTP/1.1\r\nHost: h\r\n\r\n");
    $sse = '';
    while (substr_count($sse, "\n\n") < 3) {
        $chunk = fread($c, 8192);
        if ($chunk === '' || $chunk === false) { break; }
        $sse .= $chunk;
    }
    $out[] = $sse;
    fclose($c);
    $text = implode("\n=====\n", $out);
    return preg_replace('/PHPSID=\w+/', 'PHPSID=SID', $text);
});
wm_assert_same([$ours, $theirs]);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
same
