--TEST--
Http server: a 64 MB file reply goes out with sendfile while the worker's RSS grows less than 8 MB; the client reading slowly; a request behind it answered after it
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php if (getenv('WM_VALGRIND')) die('skip RSS figures mean nothing under valgrind'); ?>
--FILE--
<?php
require __DIR__ . '/http.inc';
$port = wm_free_port();
$file = sys_get_temp_dir() . '/wm-http-big-' . getmypid() . '.bin';
$block = random_bytes(1 << 20);
register_shutdown_function(function () use ($file) { @unlink($file); });
$fh = fopen($file, 'w');
for ($i = 0; $i < 64; $i++) {
    fwrite($fh, $block);
}
fclose($fh);
$server = new WmServer(str_replace(['__PORT__', '__FILE__'], [$port, $file], <<<'PHP'
use Workerman\Worker;
use Workerman\Protocols\Http\Response;
function rss_kb() { return (int)preg_replace('/\D/', '', preg_grep('/^VmRSS/', file('/proc/self/status'))[array_key_first(preg_grep('/^VmRSS/', file('/proc/self/status')))]); }
$w = new Worker('http://127.0.0.1:__PORT__');
$w->onWorkerStart = function () { wm_ready(); };
$w->onMessage = function ($c, $r) {
    if ($r->path() === '/big') {
        $c->send((new Response())->withFile('__FILE__'));
        return;
    }
    $c->send((string)rss_kb());
};
Worker::runAll();
PHP));
$server->waitReady();
$probe = wm_connect($port);
$body = function ($reply) { return substr($reply, strpos($reply, "\r\n\r\n") + 4); };
wm_http_get($probe, '/rss');
$before = (int)$body(wm_http_get($probe, '/rss'));
$c = wm_connect($port);
fwrite($c, "GET /big HTTP/1.1\r\nHost: a\r\n\r\nGET /after HTTP/1.1\r\nHost: a\r\n\r\n");
$head = '';
while (!str_contains($head, "\r\n\r\n")) {
    $head .= fread($c, 1);
}
preg_match('/Content-Length: (\d+)/', $head, $m);
echo "length ", $m[1], "\n";
$ctx = hash_init('md5');
$got = 0;
$max = 0;
while ($got < 64 << 20) {
    $chunk = fread($c, min(1 << 20, (64 << 20) - $got));
    if ($chunk === '' || $chunk === false) {
        if (feof($c)) break;
        continue;
    }
    hash_update($ctx, $chunk);
    $got += strlen($chunk);
    if ($got % (16 << 20) < strlen($chunk)) {
        /* Now and then, with the download under way: the worker's RSS. */
        $max = max($max, (int)$body(wm_http_get($probe, '/rss')));
    }
}
echo hash_final($ctx) === md5_file($file) ? "body intact\n" : "body differs ($got)\n";
$after = wm_http_read_reply($c);
echo (int)$body($after) > 0 ? "after answered\n" : "after missing\n";
$growth = $max - $before;
echo $growth < 8192 ? "rss growth below 8 MB\n" : "rss grew by $growth KB\n";
fclose($c);
fclose($probe);
$server->stop();
?>
--EXPECT--
length 67108864
body intact
after answered
rss growth below 8 MB
