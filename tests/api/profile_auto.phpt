--TEST--
API profiles: auto follows the workerman/workerman of the app's vendor/composer/installed.php (beside or above the script, -f and options skipped), else 4; phpinfo() says which and why; an explicit profile that disagrees names the fix in the start UI
--EXTENSIONS--
workerman
posix
pcntl
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$root = sys_get_temp_dir() . '/wm-api-auto-' . getmypid();
@mkdir("$root/app/vendor/composer", 0777, true);
@mkdir("$root/app/bin", 0777, true);
@mkdir("$root/plain", 0777, true);
file_put_contents("$root/app/vendor/composer/installed.php", "<?php return array('versions' => array(\n"
    . "        'workerman/workerman' => array(\n            'pretty_version' => 'v5.1.9',\n            'version' => '5.1.9.0',\n        ),\n));\n");
$script = '<?php echo \Workerman\Worker::VERSION, "\n"; ob_start(); phpinfo(INFO_MODULES); preg_match("/API profile => (.*)/", ob_get_clean(), $m); echo $m[1], "\n";';
file_put_contents("$root/app/bin/start.php", $script);
file_put_contents("$root/plain/start.php", $script);
function run(array $args, string $cwd): string {
    $p = proc_open(array_merge(['timeout', '20', PHP_BINARY, '-d', 'extension=' . wm_ext_path()], $args), [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes, $cwd);
    $out = stream_get_contents($pipes[1]);
    proc_close($p);
    return $out;
}
echo run(['bin/start.php'], "$root/app");
echo run(['-d', 'memory_limit=64M', '-f', "$root/app/bin/start.php"], '/');
echo run(["$root/plain/start.php"], '/');
echo run(['-d', 'workerman.api=4', "$root/app/bin/start.php"], '/');
// the start UI names the fix when an explicit profile disagrees with Composer's
$port = wm_free_port();
file_put_contents("$root/app/bin/server.php", "<?php\nuse Workerman\\Worker;\n\$w = new Worker('tcp://127.0.0.1:$port');\n"
    . "\$w->onWorkerStart = function () { posix_kill(posix_getppid(), SIGINT); };\nWorker::runAll();\n");
foreach (['4', '5'] as $api) {
    $out = run(['-d', "workerman.api=$api", "$root/app/bin/server.php", 'start'], "$root/app");
    preg_match('/^workerman\.api=.*$/m', $out, $m);
    echo $api, ': ', $m[0] ?? 'no mismatch line', "\n";
}
system('rm -rf ' . escapeshellarg($root));
?>
--EXPECT--
5.2.2
5 (Workerman 5.2.2; auto: Composer installed workerman/workerman v5.1.9)
5.2.2
5 (Workerman 5.2.2; auto: Composer installed workerman/workerman v5.1.9)
4.2.1
4 (Workerman 4.2.1; auto: no workerman/workerman installed by Composer)
4.2.1
4 (Workerman 4.2.1; workerman.api)
4: workerman.api=4 but Composer installed workerman/workerman v5.1.9: set workerman.api=5 (or auto) to match it
5: no mismatch line
