--TEST--
Http\Session: a user handler implementing SessionHandlerInterface gets the calls of 4.2.1 in order (construct once, read, write/destroy in the destructor, updateTimestamp, gc by probability)
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\SessionHandlerInterface;
use Workerman\Protocols\Http\SessionException;

class MemHandler implements SessionHandlerInterface
{
    public static $store = [];
    public function __construct($config = null) { echo "construct ", json_encode($config), "\n"; }
    public function open($save_path, $name) { echo "open\n"; return true; }
    public function close() { echo "close\n"; return true; }
    public function read($session_id) { echo "read $session_id\n"; return self::$store[$session_id] ?? ''; }
    public function write($session_id, $session_data) { echo "write $session_id $session_data\n"; self::$store[$session_id] = $session_data; return true; }
    public function destroy($session_id) { echo "destroy $session_id\n"; unset(self::$store[$session_id]); return true; }
    public function gc($maxlifetime) { echo "gc ", var_export($maxlifetime, true), "\n"; return true; }
    public function updateTimestamp($id, $data = "") { echo "updateTimestamp $id ", json_encode(func_get_args()), "\n"; return true; }
}

var_dump(Session::handlerClass());
var_dump(Session::handlerClass(MemHandler::class, ['k' => 'v']));
var_dump(Session::handlerClass(null, null), Session::handlerClass('', []));
Session::$gcProbability = [0, 1];
Session::$lifetime = 77;

echo "-- first session\n";
$s = new Session('sid1');
$s->set('a', 1);
unset($s);
echo "-- same id again: data comes back, no change -> nothing written\n";
$s = new Session('sid1');
var_dump($s->all());
unset($s);
echo "-- autoUpdateTimestamp refreshes unchanged sessions\n";
Session::$autoUpdateTimestamp = true;
$s = new Session('sid1');
unset($s);
Session::$autoUpdateTimestamp = false;
echo "-- save() then destructor: needSave cleared\n";
$s = new Session('sid1');
$s->set('b', 2);
$s->save();
echo "after save\n";
unset($s);
echo "-- emptied -> destroy\n";
$s = new Session('sid1');
$s->flush();
unset($s);
echo "-- explicit refresh/gc return null\n";
$s = new Session('sid2');
var_dump($s->refresh(), $s->gc());
echo "-- gc probability 1/1\n";
Session::$gcProbability = [1, 1];
unset($s);
Session::$gcProbability = [0, 1];
echo "-- invalid ids\n";
foreach (['', 'a-b', 'x y', "ab\n", 'a"b'] as $id) {
    try { $s = new Session($id); echo "ok ", json_encode($id), "\n"; unset($s); }
    catch (SessionException $e) { echo get_class($e), ' ', get_parent_class($e), ': ', json_encode($e->getMessage()), "\n"; }
}
echo "-- unserialized sessions never save\n";
$s = new Session('sid3');
$s->set('k', 'v');
$copy = unserialize(serialize($s));
$s->flush(); $s->save();
var_dump($copy->all());
unset($copy);
echo "-- handler class switch after creation keeps the shared handler\n";
Session::handlerClass('NoSuchClass');
$s = new Session('sid4');
unset($s);
echo "-- subclass overrides are what the base methods call\n";
class MySession extends Session {
    public function set($name, $value) { echo "MySession::set $name\n"; parent::set($name, $value); }
    public function get($name, $default = null) { echo "MySession::get $name\n"; return parent::get($name, $default); }
    public function save() { echo "MySession::save\n"; parent::save(); }
    public function gc() { echo "MySession::gc\n"; }
}
Session::$gcProbability = [1, 1];
$m = new MySession('sid5');
$m->put('q', 1);
$m->put(['r' => 2]);
var_dump($m->pull('q'));
unset($m);
echo "done\n";
?>
--EXPECT--
string(51) "Workerman\Protocols\Http\Session\FileSessionHandler"
string(10) "MemHandler"
string(10) "MemHandler"
string(10) "MemHandler"
-- first session
construct {"k":"v"}
read sid1
write sid1 a:1:{s:1:"a";i:1;}
-- same id again: data comes back, no change -> nothing written
read sid1
array(1) {
  ["a"]=>
  int(1)
}
-- autoUpdateTimestamp refreshes unchanged sessions
read sid1
updateTimestamp sid1 ["sid1"]
-- save() then destructor: needSave cleared
read sid1
write sid1 a:2:{s:1:"a";i:1;s:1:"b";i:2;}
after save
-- emptied -> destroy
read sid1
destroy sid1
-- explicit refresh/gc return null
read sid2
updateTimestamp sid2 ["sid2"]
gc 77
NULL
NULL
-- gc probability 1/1
gc 77
-- invalid ids
Workerman\Protocols\Http\SessionException RuntimeException: "session_id  is invalid"
Workerman\Protocols\Http\SessionException RuntimeException: "session_id a-b is invalid"
Workerman\Protocols\Http\SessionException RuntimeException: "session_id x y is invalid"
read ab

ok "ab\n"
read a"b
ok "a\"b"
-- unserialized sessions never save
read sid3
destroy sid3
array(1) {
  ["k"]=>
  string(1) "v"
}
-- handler class switch after creation keeps the shared handler
read sid4
-- subclass overrides are what the base methods call
read sid5
MySession::set q
MySession::get q
int(1)
MySession::save
write sid5 a:1:{s:1:"r";i:2;}
MySession::gc
done
