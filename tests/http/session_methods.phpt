--TEST--
Http\Session: get/set/delete/pull/put/forget/all/flush/has/exists/getId and PHP's array-key rules
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\FileSessionHandler;
$dir = sys_get_temp_dir() . '/wm_sess_methods_' . getmypid();
Session::handlerClass(FileSessionHandler::class, ['save_path' => $dir]);
$s = new Session('abcDEF123');
var_dump($s->getId(), $s->all());
var_dump($s->set('a', 1), $s->get('a'), $s->get('missing'), $s->get('missing', 'dflt'));
$s->set('n', null);
var_dump($s->get('n', 'dflt'), $s->has('n'), $s->exists('n'), $s->has('a'), $s->exists('zz'));
var_dump($s->pull('a'), $s->pull('a', 'gone'), $s->exists('a'));
var_dump($s->put(['x' => 1, 'y' => [2, 3], 10 => 'ten']));
$s->put('z', 'zed');
$s->put('only');
var_dump($s->exists('only'), $s->get('only'));
$s->set('7', 'seven');   // numeric string key becomes int
$s->set(true, 'one');    // true -> 1
$s->set(null, 'empty');  // null -> ""
var_dump(array_keys($s->all()));
var_dump($s->forget('x'), $s->exists('x'));
$s->forget(['y', 10, 'nope']);
var_dump(array_keys($s->all()));
$s->delete('z');
var_dump($s->exists('z'), $s->has(7), $s->get(7.0));
try { $s->get([]); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump($s->flush(), $s->all());
$copy = $s->all(); $copy['q'] = 1; var_dump($s->all());
unset($s);
var_dump(glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
string(9) "abcDEF123"
array(0) {
}
NULL
int(1)
NULL
string(4) "dflt"
string(4) "dflt"
bool(false)
bool(true)
bool(true)
bool(false)
int(1)
string(4) "gone"
bool(false)
NULL
bool(true)
NULL
array(9) {
  [0]=>
  string(1) "n"
  [1]=>
  string(1) "x"
  [2]=>
  string(1) "y"
  [3]=>
  int(10)
  [4]=>
  string(1) "z"
  [5]=>
  string(4) "only"
  [6]=>
  int(7)
  [7]=>
  int(1)
  [8]=>
  string(0) ""
}
NULL
bool(false)
array(6) {
  [0]=>
  string(1) "n"
  [1]=>
  string(1) "z"
  [2]=>
  string(4) "only"
  [3]=>
  int(7)
  [4]=>
  int(1)
  [5]=>
  string(0) ""
}
bool(false)
bool(true)
string(5) "seven"
TypeError: Illegal offset type in isset or empty
NULL
array(0) {
}
array(0) {
}
array(0) {
}
