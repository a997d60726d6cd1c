--TEST--
Http\Session: odd keys and ids behave as in 4.2.1 (float/bool/null/resource keys, illegal offsets, data that unserializes to false, preg_match errors for non-string ids)
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Protocols\Http\Session;
class H implements Workerman\Protocols\Http\Session\SessionHandlerInterface {
 function open($a,$b){} function close(){} function read($id){ return $id === 'bad' ? 'b:0;' : ''; } function write($a,$b){ echo "write $b\n"; return true;} function destroy($a){echo "destroy\n";} function gc($m){} function updateTimestamp($a,$b=""){}
}
set_error_handler(function ($no, $str) { echo "E$no: $str\n"; return true; });
Session::handlerClass('H');
Session::$gcProbability = [0, 1];
$s = new Session('e1');
foreach ([[], new stdClass, 1.5, 2.0, true, false, null, STDIN] as $k) {
  foreach (['get', 'set', 'has', 'exists', 'delete', 'pull', 'forget', 'put'] as $m) {
    try { $r = $m === 'set' ? $s->set($k, 'v') : $s->$m($k); echo "$m ", json_encode($r), "\n"; }
    catch (Throwable $e) { echo "$m ", get_class($e), ': ', $e->getMessage(), "\n"; }
  }
}
var_dump($s->all());
unset($s);
$s = new Session('bad');
var_dump($s->all());
try { $s->set('x', 1); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump($s->all());
unset($s);
try { new Session(['a']); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { new Session(123); echo "int ok\n"; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { new Session(null); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { new Session(new stdClass); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
--EXPECT--
get TypeError: Illegal offset type in isset or empty
set TypeError: Illegal offset type
has TypeError: Illegal offset type in isset or empty
exists TypeError: Illegal offset type
delete TypeError: Illegal offset type in unset
pull TypeError: Illegal offset type in isset or empty
forget null
put null
get TypeError: Illegal offset type in isset or empty
set TypeError: Illegal offset type
has TypeError: Illegal offset type in isset or empty
exists TypeError: Illegal offset type
delete TypeError: Illegal offset type in unset
pull TypeError: Illegal offset type in isset or empty
forget null
put TypeError: Illegal offset type
E8192: Implicit conversion from float 1.5 to int loses precision
get null
E8192: Implicit conversion from float 1.5 to int loses precision
set null
E8192: Implicit conversion from float 1.5 to int loses precision
has true
E8192: Implicit conversion from float 1.5 to int loses precision
exists true
E8192: Implicit conversion from float 1.5 to int loses precision
delete null
E8192: Implicit conversion from float 1.5 to int loses precision
E8192: Implicit conversion from float 1.5 to int loses precision
pull null
E8192: Implicit conversion from float 1.5 to int loses precision
forget null
E8192: Implicit conversion from float 1.5 to int loses precision
put null
get null
set null
has true
exists true
delete null
pull null
forget null
put null
get null
set null
has true
exists true
delete null
pull null
forget null
put null
get null
set null
has true
exists true
delete null
pull null
forget null
put null
get null
set null
has true
exists true
delete null
pull null
forget null
put null
E2: Resource ID#1 used as offset, casting to integer (1)
get null
E2: Resource ID#1 used as offset, casting to integer (1)
set null
E2: Resource ID#1 used as offset, casting to integer (1)
has true
E2: Resource ID#1 used as offset, casting to integer (1)
exists true
E2: Resource ID#1 used as offset, casting to integer (1)
delete null
E2: Resource ID#1 used as offset, casting to integer (1)
E2: Resource ID#1 used as offset, casting to integer (1)
pull null
forget null
E2: Resource ID#1 used as offset, casting to integer (1)
put null
array(4) {
  [2]=>
  NULL
  [0]=>
  NULL
  [""]=>
  NULL
  [1]=>
  NULL
}
write a:4:{i:2;N;i:0;N;s:0:"";N;i:1;N;}
bool(false)
E8192: Automatic conversion of false to array is deprecated
array(1) {
  ["x"]=>
  int(1)
}
write a:1:{s:1:"x";i:1;}
TypeError: preg_match(): Argument #2 ($subject) must be of type string, array given
int ok
E8192: preg_match(): Passing null to parameter #2 ($subject) of type string is deprecated
Workerman\Protocols\Http\SessionException: session_id  is invalid
TypeError: preg_match(): Argument #2 ($subject) must be of type string, stdClass given
