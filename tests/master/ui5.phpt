--TEST--
Master CLI, profile 5: the start UI of 5.2.2 (version line with JIT state and OS, seven columns, no colours), LINE_VERSION_LENGTH, `stop` and the master's 5.x stop lines
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
putenv('WM_API=5');
/* JIT on, so the version line must say so. */
class WmJitServer extends WmServer
{
    protected function phpCommand(): array
    {
        return array_merge(parent::phpCommand(), ['-d', 'opcache.enable_cli=1', '-d', 'opcache.jit_buffer_size=8M', '-d', 'opcache.jit=tracing']);
    }
}
$port = wm_free_port();
$server = new WmJitServer(<<<PHP
use Workerman\Worker;
\$w = new Worker('tcp://127.0.0.1:$port');
\$w->name = 'web';
\$w->count = 2;
\$w->onWorkerStart = function (\$w) { if (\$w->id === 0) echo 'LINE_VERSION_LENGTH=', LINE_VERSION_LENGTH, "\\n"; wm_ready(); };
Worker::runAll();
PHP);
$server->waitReady(2);
[$code, $out] = $server->command(['stop']);
echo "$code\n$out";
var_dump($server->wait());

$version = str_pad('Workerman/5.2.2', 24) . str_pad('PHP/' . PHP_VERSION . ' (JIT on)', 30)
    . php_uname('s') . '/' . php_uname('r') . "\n";
$user = posix_getpwuid(posix_getuid())['name'];
$cells = ['event-loop' => 'event', 'proto' => 'tcp', 'user' => $user, 'worker' => 'web',
    'listen' => "tcp://127.0.0.1:$port", 'count' => '2', 'state' => '<g> [OK] </g>'];
$title = $row = '';
$total = 0;
foreach ($cells as $name => $value) {
    $width = max(8, strlen($value)) + 4;
    $title .= str_pad($name, $width);
    $row .= str_pad(str_replace(['<g>', '</g>'], '', $value), $width);
    $total += $width;
}
$total = max($total, strlen($version));
$expected = "Workerman[start.php] start in DEBUG mode\n"
    . str_pad(' WORKERMAN ', $total, '-', STR_PAD_BOTH) . "\n" . $version
    . str_pad(' WORKERS ', $total, '-', STR_PAD_BOTH) . "\n"
    . "$title\n$row\n" . str_repeat('-', $total) . "\n"
    . "Press Ctrl+C to stop. Start success.\n";
$output = str_replace("WM_READY\n", '', $server->output);
var_dump(str_starts_with($output, $expected));
if (!str_starts_with($output, $expected)) {
    echo $output, "\n---expected---\n", $expected;
}
echo str_replace('LINE_VERSION_LENGTH=' . strlen($version), 'LINE_VERSION_LENGTH=<length of the version line>', substr($output, strlen($expected)));
?>
--EXPECT--
0
Workerman[start.php] stop
Workerman[start.php] is stopping ...
Workerman[start.php] stop success
int(0)
bool(true)
LINE_VERSION_LENGTH=<length of the version line>
Workerman[start.php] received signal SIGINT
Workerman[start.php] stopping
Workerman[start.php] has been stopped
