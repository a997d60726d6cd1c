<?php
// tests/gateway/client.php PORT: the checks of tests/gateway/run.sh against tests/gateway/app.php.
// Prints one line per check ("ok ..." / "FAIL ...") and "N passed, N failed".
$port = (int)($argv[1] ?? 0);
$pass = $fail = 0;

function check(string $what, bool $ok, string $detail = ''): void
{
    global $pass, $fail;
    $ok ? $pass++ : $fail++;
    echo $ok ? 'ok   ' : 'FAIL ', $what, $ok || $detail === '' ? '' : " ($detail)", "\n";
}

class Client
{
    public $s;
    public $buf = '';
    public $id;

    public function __construct(int $port)
    {
        $this->s = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
        if (!$this->s) {
            throw new RuntimeException("connect: $errstr");
        }
        $hello = $this->line();
        $this->id = preg_match('/^hello ([0-9a-f]{20})$/', (string)$hello, $m) ? $m[1] : null;
    }

    public function send(string $line): void
    {
        fwrite($this->s, "$line\n");
    }

    /** The next line, or null after 5 s (or at EOF). */
    public function line(float $timeout = 5.0): ?string
    {
        $deadline = microtime(true) + $timeout;
        while (($pos = strpos($this->buf, "\n")) === false) {
            $left = $deadline - microtime(true);
            $r = [$this->s];
            $w = $e = null;
            if ($left <= 0 || !stream_select($r, $w, $e, (int)$left, (int)(fmod($left, 1) * 1e6))) {
                return null;
            }
            $chunk = fread($this->s, 65536);
            if ($chunk === '' || $chunk === false) {
                return null;
            }
            $this->buf .= $chunk;
        }
        $line = substr($this->buf, 0, $pos);
        $this->buf = substr($this->buf, $pos + 1);
        return $line;
    }

    public function ask(string $line): ?string
    {
        $this->send($line);
        return $this->line();
    }

    public function closed(): bool
    {
        return $this->line() === null && feof($this->s);
    }
}

$a = new Client($port);
$b = new Client($port);
$c = new Client($port);
check('onConnect: hello with a client id', $a->id && $b->id && $c->id && $a->id !== $b->id);

check('echo', $a->ask('echo hi there') === 'echo hi there');
$long = str_repeat('0123456789', 10000);
check('echo of 100 KB', $a->ask("echo $long") === "echo $long");
$a->send('echo one');
$a->send('echo two');
check('echo, two in a row', $a->line() === 'echo one' && $a->line() === 'echo two');
$binary = 'echo ' . implode('', array_map('chr', range(1, 9))) . "\x0b\x0c\xff\x80";
check('echo of binary bytes', $a->ask($binary) === $binary);

$a->send('all to everyone');
check('sendToAll', $a->line() === 'all to everyone' && $b->line() === 'all to everyone' && $c->line() === 'all to everyone');

$a->send("to $b->id psst");
check('sendToClient', $b->line() === "from $a->id: psst");

check('bindUid', $b->ask('bind u42') === 'bound u42' && $c->ask('bind u42') === 'bound u42');
$a->send('uid u42 for you');
check('sendToUid (two clients)', $b->line() === 'to uid u42: for you' && $c->line() === 'to uid u42: for you');
$ids = explode(',', (string)substr((string)$a->ask('uidof u42'), strlen('clients of u42: ')));
sort($ids);
$want = [$b->id, $c->id];
sort($want);
check('getClientIdByUid', $ids === $want, implode(',', $ids));

check('joinGroup', $a->ask('join room1') === 'joined room1' && $c->ask('join room1') === 'joined room1');
$b->send('group room1 meeting');
check('sendToGroup', $a->line() === 'to group room1: meeting' && $c->line() === 'to group room1: meeting');
check('getClientIdCountByGroup', $b->ask('groupcount room1') === 'group room1 has 2');

check('session set', $a->ask('set name ann') === 'set name');
check('session get (next message)', $a->ask('get name') === "get name: 'ann'");
check('session of another client missing', $b->ask('get name') === 'get name: NULL');
check('getSession by client id', $b->ask("session $a->id") === "session of $a->id: " . json_encode(['name' => 'ann']));
check('getAllClientSessions', ($r = $b->ask('array')) !== null && ($j = json_decode(substr($r, 6), true)) !== null
    && count($j) === 3 && ($j[$a->id]['name'] ?? null) === 'ann', (string)$r);

check('isOnline (yes)', $a->ask("online $b->id") === "online $b->id: 1");
check('getAllClientCount', $a->ask('count') === 'count 3');

$a->send("kick $c->id");
check('closeClient: the client is closed', $c->closed());
check('onClose: sendToAll of the close', $a->line() === "closed $c->id" && $b->line() === "closed $c->id");
check('isOnline (no, after the close)', $a->ask("online $c->id") === "online $c->id: 0");
check('getAllClientCount after the close', $a->ask('count') === 'count 2');

fclose($b->s);
check('onClose of a client that left', $a->line() === "closed $b->id");

// Many messages in one write: the Gateway forwards them in one turn.
$burst = '';
for ($i = 0; $i < 200; $i++) {
    $burst .= "echo burst $i\n";
}
fwrite($a->s, $burst);
$ok = true;
for ($i = 0; $i < 200; $i++) {
    $ok = $ok && $a->line() === "echo burst $i";
}
check('200 echoes in one write, in order', $ok);

echo "$pass passed, $fail failed\n";
exit($fail ? 1 : 0);
