--TEST--
Http server: a Request object the dispatch reuses for the next request starts clean (properties, memos, headers, query, cookies, WeakMap entries, kept requests)
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
\$kept = [];
\$weak = new WeakMap();
\$w->onMessage = function (\$c, \$r) use (&\$kept, \$weak) {
    \$seen = json_encode([
        \$r->path(), \$r->get(), \$r->cookie(), \$r->header('x-a'), \$r->header('x-b'), count(\$r->header()),
        \$r->rawBody(), isset(\$r->foo) ? \$r->foo : null, \$r->connection === \$c, \$r->session === null,
    ]);
    \$r->foo = 'set by ' . \$r->path();
    if (\$r->path() === '/weak') {
        \$weak[\$r] = 1;
    }
    if (\$r->path() === '/keep') {
        \$kept[] = \$r;
    }
    if (\$r->path() === '/check') {
        \$seen .= ' weak=' . count(\$weak) . ' kept=' . (\$kept && \$kept[0] !== \$r ? \$kept[0]->path() . ':' . \$kept[0]->foo : 'none');
    }
    \$c->send(\$seen);
};
Worker::runAll();
PHP);
$server->waitReady();
$c = wm_connect($port);
$batch = "GET /one?a=1&b=2 HTTP/1.1\r\nHost: a\r\nX-A: first\r\nCookie: k=v\r\n\r\n"
    . "GET /two HTTP/1.1\r\nHost: a\r\nX-B: second\r\n\r\n"
    . "POST /three HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"
    . "GET /weak HTTP/1.1\r\nHost: a\r\n\r\n"
    . "GET /after-weak HTTP/1.1\r\nHost: a\r\n\r\n"
    . "GET /keep HTTP/1.1\r\nHost: a\r\n\r\n"
    . "GET /check HTTP/1.1\r\nHost: a\r\n\r\n";
fwrite($c, $batch);
for ($i = 0; $i < 7; $i++) {
    $reply = wm_http_read_reply($c);
    echo substr($reply, strpos($reply, "\r\n\r\n") + 4), "\n";
}
fclose($c);
$server->stop();
?>
--EXPECT--
["\/one",{"a":"1","b":"2"},{"k":"v"},"first",null,3,"",null,true,true]
["\/two",[],[],null,"second",2,"",null,true,true]
["\/three",[],[],null,null,2,"abc",null,true,true]
["\/weak",[],[],null,null,1,"",null,true,true]
["\/after-weak",[],[],null,null,1,"",null,true,true]
["\/keep",[],[],null,null,1,"",null,true,true]
["\/check",[],[],null,null,1,"",null,true,true] weak=0 kept=/keep:set by /keep
