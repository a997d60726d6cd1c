<?php
// tests/gateway/app.php: the GatewayWorker app of tests/gateway/run.sh: Register + Gateway
// (text://, one process) + BusinessWorker (one process). Each client line is a command the
// BusinessWorker answers through Lib\Gateway: echo, all, to, bind/uid, join/group, set/get
// ($_SESSION), online, count, kick; onConnect greets, onClose tells everyone.
// Environment: GW_SRC (GatewayWorker's src/), GW_WORKERMAN (a Workerman tree to load instead
// of the extension's classes: 4.x root or 5.x src/ layout), GW_COROUTINE (5.x: workerman/
// coroutine's src/), GW_PORT (the Gateway; Register +1, inner ports from +2), GW_TMP.
$gw = getenv('GW_SRC') ?: exit("set GW_SRC\n");
$wm = getenv('GW_WORKERMAN');
$co = getenv('GW_COROUTINE');
spl_autoload_register(function ($class) use ($gw, $wm, $co) {
    $roots = ['GatewayWorker\\' => [$gw]];
    if ($co) {
        $roots['Workerman\\Coroutine\\'] = [$co];
    }
    if ($wm) {
        $roots['Workerman\\'] = array_filter([$wm . '/src', $wm]);
    }
    foreach ($roots as $prefix => $dirs) {
        if (strncmp($class, $prefix, strlen($prefix)) === 0) {
            $relative = str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            foreach ($dirs as $dir) {
                if (is_file("$dir/$relative")) {
                    require "$dir/$relative";
                    return;
                }
            }
        }
    }
});

use GatewayWorker\BusinessWorker;
use GatewayWorker\Gateway;
use GatewayWorker\Lib\Gateway as Lib;
use GatewayWorker\Register;
use Workerman\Worker;

$port = (int)getenv('GW_PORT');
$tmp = getenv('GW_TMP');

class Events
{
    public static function onConnect($client_id)
    {
        Lib::sendToCurrentClient("hello $client_id");
    }

    public static function onMessage($client_id, $message)
    {
        $w = explode(' ', trim($message), 3);
        switch ($w[0]) {
            case 'echo': Lib::sendToCurrentClient($message); break;
            case 'all': Lib::sendToAll($message); break;
            case 'to': Lib::sendToClient($w[1], "from $client_id: " . ($w[2] ?? '')); break;
            case 'bind': Lib::bindUid($client_id, $w[1]); Lib::sendToCurrentClient("bound $w[1]"); break;
            case 'uid': Lib::sendToUid($w[1], "to uid $w[1]: " . ($w[2] ?? '')); break;
            case 'uidof': Lib::sendToCurrentClient('clients of ' . $w[1] . ': ' . implode(',', Lib::getClientIdByUid($w[1]))); break;
            case 'join': Lib::joinGroup($client_id, $w[1]); Lib::sendToCurrentClient("joined $w[1]"); break;
            case 'group': Lib::sendToGroup($w[1], "to group $w[1]: " . ($w[2] ?? '')); break;
            case 'groupcount': Lib::sendToCurrentClient("group $w[1] has " . Lib::getClientIdCountByGroup($w[1])); break;
            case 'set': $_SESSION[$w[1]] = $w[2] ?? ''; Lib::sendToCurrentClient("set $w[1]"); break;
            case 'get': Lib::sendToCurrentClient("get $w[1]: " . var_export($_SESSION[$w[1]] ?? null, true)); break;
            case 'session': Lib::sendToCurrentClient("session of $w[1]: " . json_encode(Lib::getSession($w[1]))); break;
            case 'online': Lib::sendToCurrentClient("online $w[1]: " . var_export(Lib::isOnline($w[1]), true)); break;
            case 'count': Lib::sendToCurrentClient('count ' . Lib::getAllClientCount()); break;
            case 'kick': Lib::closeClient($w[1]); break;
            case 'array': Lib::sendToCurrentClient('array ' . json_encode(Lib::getAllClientSessions())); break;
            default: Lib::sendToCurrentClient("unknown $message");
        }
    }

    public static function onClose($client_id)
    {
        Lib::sendToAll("closed $client_id");
    }
}

Worker::$pidFile = "$tmp/gw.pid";
Worker::$logFile = "$tmp/gw.log";
Worker::$stdoutFile = "$tmp/gw.stdout";

$register = new Register('text://127.0.0.1:' . ($port + 1));

$gateway = new Gateway("text://127.0.0.1:$port");
$gateway->name = 'TestGateway';
$gateway->count = 1;
$gateway->lanIp = '127.0.0.1';
$gateway->startPort = $port + 2;
$gateway->registerAddress = '127.0.0.1:' . ($port + 1);

$business = new BusinessWorker();
$business->name = 'TestBusinessWorker';
$business->count = 1;
$business->registerAddress = '127.0.0.1:' . ($port + 1);
$business->eventHandler = 'Events';

Worker::runAll();
