<?php
// The GatewayWorker echo app of benchmarks/gateway.sh: Register + Gateway (text://, one
// process) + BusinessWorker (one process) in one start script, as GatewayWorker apps are
// started; Events::onMessage sends each line back to the client that sent it. The same file
// runs on both runtimes, never both at once:
//   ours:       php -d extension=modules/workerman.so benchmarks/gateway_server.php start
//   Workerman:  WM_BENCH_WORKERMAN=/path/to/workerman php benchmarks/gateway_server.php start
// Environment: WM_BENCH_GW (GatewayWorker's src/ directory, required), WM_BENCH_WORKERMAN
// (a Workerman tree: 4.x root layout or 5.x src/; unset: the extension provides Workerman\),
// WM_BENCH_COROUTINE (5.x only: workerman/coroutine's src/, which 5.x's Worker needs),
// WM_BENCH_PORT (the Gateway's client port), WM_BENCH_REGISTER_PORT, WM_BENCH_LAN_PORT
// (the Gateway's inner port for the BusinessWorker), WM_BENCH_TMP (pid, log and the
// per-role pid files gateway.pid / businessworker.pid), WM_BENCH_SEND (current: 
// Gateway::sendToCurrentClient, the default; client: Gateway::sendToClient($client_id)).
$gw = getenv('WM_BENCH_GW') ?: exit("set WM_BENCH_GW to GatewayWorker's src directory\n");
$wm = getenv('WM_BENCH_WORKERMAN');
$co = getenv('WM_BENCH_COROUTINE'); // Workerman 5.x needs workerman/coroutine's src/

// No Composer here: a PSR-4 map for the two namespaces the app needs (Workerman\ only
// when a Workerman tree is measured; on ours the extension provides those classes).
spl_autoload_register(function ($class) use ($gw, $wm, $co) {
    $roots = ['GatewayWorker\\' => [$gw]];
    if ($co) {
        $roots['Workerman\\Coroutine\\'] = [$co];
    }
    if ($wm) {
        $roots['Workerman\\'] = array_filter([$wm . '/src', $wm, $co]);
    }
    foreach ($roots as $prefix => $dirs) {
        if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
            continue;
        }
        $relative = str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        foreach ($dirs as $dir) {
            if (is_file("$dir/$relative")) {
                require "$dir/$relative";
                return;
            }
        }
    }
});

use GatewayWorker\BusinessWorker;
use GatewayWorker\Gateway;
use GatewayWorker\Register;
use Workerman\Worker;

$port = (int)(getenv('WM_BENCH_PORT') ?: 19500);
$register_port = (int)(getenv('WM_BENCH_REGISTER_PORT') ?: $port + 1);
$lan_port = (int)(getenv('WM_BENCH_LAN_PORT') ?: $port + 2);
$tmp = getenv('WM_BENCH_TMP') ?: sys_get_temp_dir();

class Events
{
    public static $sendToClient = false;

    public static function onMessage($client_id, $message)
    {
        if (self::$sendToClient) {
            \GatewayWorker\Lib\Gateway::sendToClient($client_id, $message);
        } else {
            \GatewayWorker\Lib\Gateway::sendToCurrentClient($message);
        }
    }
}
Events::$sendToClient = getenv('WM_BENCH_SEND') === 'client';

Worker::$pidFile = "$tmp/gateway_$port.pid";
Worker::$logFile = "$tmp/gateway_$port.log";

$register = new Register("text://127.0.0.1:$register_port");

$gateway = new Gateway("text://127.0.0.1:$port");
$gateway->name = 'BenchGateway';
$gateway->count = 1;
$gateway->lanIp = '127.0.0.1';
$gateway->startPort = $lan_port;
$gateway->registerAddress = "127.0.0.1:$register_port";
// The script reads the role's pid from here to pin and measure that process alone.
$gateway->onWorkerStart = function () use ($tmp) {
    file_put_contents("$tmp/gateway.pid", getmypid());
};

$business = new BusinessWorker();
$business->name = 'BenchBusinessWorker';
$business->count = 1;
$business->registerAddress = "127.0.0.1:$register_port";
$business->eventHandler = 'Events';
$business->onWorkerStart = function () use ($tmp) {
    file_put_contents("$tmp/businessworker.pid", getmypid());
};

Worker::runAll();
