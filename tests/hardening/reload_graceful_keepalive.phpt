--TEST--
reload -g completes while keep-alive clients stay connected: the old worker answers its active clients (their last reply says Connection: close), closes its idle keep-alive connections without a word, and exits; zero requests fail. stop -g then completes with an idle keep-alive client connected
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/keepalive_load.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('http://127.0.0.1:$port');
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$r) { \$c->send('pid ' . posix_getpid()); };
Worker::runAll();
PHP);
$server->waitReady(1);

function idle_client(int $port)
{
    $c = wm_connect($port);
    fwrite($c, "GET /idle HTTP/1.1\r\nHost: x\r\n\r\n");
    $reply = '';
    while (!str_ends_with($reply, "\r\n\r\n") && ($chunk = fread($c, 1)) !== '' && $chunk !== false) {
        $reply .= $chunk;
    }
    preg_match('/Content-Length: (\d+)/', $reply, $m);
    wm_read_exact($c, (int)$m[1]);
    return $c;
}

$idle = [];
for ($i = 0; $i < 4; $i++) {
    $idle[] = idle_client($port);
}
$load = new KeepAliveLoad($port, 4);
$load->runUntil(fn() => $load->ok >= 200, 10, $server);
$server->signal(SIGUSR2);
$start = $load->ok;
$done = $load->runUntil(fn() => substr_count($server->output, 'WM_READY') >= 2 && $load->ok >= $start + 200, 10, $server);
echo $done ? "reload -g completed\n" : "reload -g did not complete\n";
$load->close();
echo "failed: {$load->failed} ", json_encode($load->failures), "\n";
foreach ($idle as $c) {
    stream_set_timeout($c, (int)wm_timeout(5));
    echo "idle client: ", json_encode(fread($c, 100)), " eof ", json_encode(feof($c)), "\n";
}

/* stop -g ends an idle keep-alive connection too, so the stop completes. */
$c = idle_client($port);
$server->signal(SIGQUIT);
echo "stop -g exit code: ", json_encode($server->wait(10)), "\n";
echo "idle client: ", json_encode(fread($c, 100)), " eof ", json_encode(feof($c)), "\n";
$server->kill();
?>
--EXPECT--
reload -g completed
failed: 0 []
idle client: "" eof true
idle client: "" eof true
idle client: "" eof true
idle client: "" eof true
stop -g exit code: 0
idle client: "" eof true
