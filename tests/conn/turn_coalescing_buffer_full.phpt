--TEST--
TcpConnection: sends deferred to the loop turn's end keep Workerman's buffer rules: a peer that does not read gets onBufferFull once, then dropped packages (false, onError), and every byte of a send that did not return false arrives, in order
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('text://127.0.0.1:$port');
\$named = [];
\$events = [];
\$w->onWorkerStart = function () { wm_ready(); };
\$w->onMessage = function (\$c, \$line) use (&\$named, &\$events) {
    [\$cmd, \$arg] = explode(' ', \$line . ' ');
    if (\$cmd === 'name') {
        \$named[\$arg] = \$c;
        if (\$arg === 'P') {
            \$c->maxSendBufferSize = 4096;
            \$c->onBufferFull = function () use (&\$events) { \$events[] = 'full'; };
            \$c->onError = function (\$c, \$code, \$msg) use (&\$events) { \$events[] = 'error'; };
        }
        \$c->send('ok');
        return;
    }
    // flood: 20,000 lines of 1,000 bytes to P (which reads nothing) from S's onMessage.
    \$sum = 0;
    \$firstFalse = -1;
    \$counts = ['true' => 0, 'NULL' => 0, 'false' => 0];
    for (\$i = 0; \$i < 20000; \$i++) {
        \$r = \$named['P']->send(sprintf('%05d', \$i) . str_repeat('x', 994));
        \$counts[var_export(\$r, true)]++;
        if (\$r !== false) {
            \$sum += 1000;
        } elseif (\$firstFalse < 0) {
            \$firstFalse = count(\$events);
        }
    }
    \$full = count(array_filter(\$events, fn (\$e) => \$e === 'full'));
    \$errors = count(array_filter(\$events, fn (\$e) => \$e === 'error'));
    \$c->send(implode(' ', [\$sum, \$full, \$errors === \$counts['false'] ? 'errors-match' : "errors \$errors",
        \$counts['false'] > 0 ? 'some-false' : 'no-false', \$firstFalse >= 1 && \$events[0] === 'full' ? 'full-first' : 'full-late']));
};
Worker::runAll();
PHP);
$server->waitReady();
$p = wm_connect($port);
fwrite($p, "name P\n");
echo wm_read_exact($p, 3);
$s = wm_connect($port);
fwrite($s, "name S\n");
echo wm_read_exact($s, 3);
fwrite($s, "flood\n");
$reply = '';
while (substr($reply, -1) !== "\n") {
    $reply .= wm_read_exact($s, 1, 30);
}
[$sum, $full, $errors, $false, $order] = explode(' ', trim($reply));
echo "onBufferFull $full time(s), $errors, $false, $order\n";
$got = wm_read_exact($p, (int)$sum, 30);
$lines = explode("\n", rtrim($got, "\n"));
$ordered = true;
$last = -1;
foreach ($lines as $line) {
    $n = (int)substr($line, 0, 5);
    $ordered = $ordered && $n > $last && strlen($line) === 999;
    $last = $n;
}
var_dump(count($lines) === (int)$sum / 1000, $ordered, $lines[0] === '00000' . str_repeat('x', 994));
$server->stop();
?>
--EXPECT--
ok
ok
onBufferFull 1 time(s), errors-match, some-false, full-first
bool(true)
bool(true)
bool(true)
