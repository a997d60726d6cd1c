<?php
/*
 * Writes the IDE stubs of one API profile: php-src-stubs/ide/workerman-<N>.php.
 * Run it with the extension loaded under that profile:
 *   php -d extension=modules/workerman.so -d workerman.api=5 scripts/ide-stubs.php
 * It keeps the WM_API branch of each `#if WM_API == 5` block of php-src-stubs/*.stub.php, and
 * adds the array constants the extension declares in C (gen_stub of PHP 8.2 writes scalars only).
 * --check: exit 1 (naming the file) when the committed stub differs from what would be written.
 */
/* The shape of a class as reflection sees it: what the stubs must match. */
function wm_ide_shape(string $name): array
{
    $rc = new ReflectionClass($name);
    $shape = ['kind' => ($rc->isInterface() ? 'interface' : ($rc->isAbstract() ? 'abstract class' : ($rc->isFinal() ? 'final class' : 'class'))),
        'parent' => $rc->getParentClass() ? $rc->getParentClass()->getName() : null,
        'interfaces' => $rc->getInterfaceNames(), 'constants' => [], 'methods' => [], 'properties' => []];
    sort($shape['interfaces']);
    foreach ($rc->getReflectionConstants() as $c) {
        if ($c->getDeclaringClass()->getName() === $name) {
            $shape['constants'][$c->getName()] = var_export($c->getValue(), true);
        }
    }
    foreach ($rc->getMethods() as $m) {
        if ($m->getDeclaringClass()->getName() !== $name) {
            continue;
        }
        $params = [];
        foreach ($m->getParameters() as $p) {
            $params[] = ($p->isPassedByReference() ? '&' : '') . ($p->isVariadic() ? '...' : '') . '$' . $p->getName() . ($p->isOptional() ? '?' : '');
        }
        $shape['methods'][$m->getName()] = implode(' ', Reflection::getModifierNames($m->getModifiers())) . ' (' . implode(', ', $params) . ')';
    }
    foreach ($rc->getProperties() as $p) {
        if ($p->getDeclaringClass()->getName() === $name && !$p->isPromoted()) {
            $shape['properties'][$p->getName()] = implode(' ', Reflection::getModifierNames($p->getModifiers()))
                . ($p->hasType() ? ' ' . $p->getType() : '');
        }
    }
    foreach (['constants', 'methods', 'properties'] as $k) {
        ksort($shape[$k]);
    }
    return $shape;
}

/* --dump <stub>: run without the extension: the shapes of the classes the stub declares, and
 * its constants. The file declares a class before its parent, so each class is declared on
 * its own, parents first through an autoloader. */
if (($argv[1] ?? '') === '--dump') {
    $before = array_merge(get_declared_classes(), get_declared_interfaces());
    $units = $rests = [];
    preg_match_all('/^namespace ?([\w\\\\]*) ?\{\n(.*?)^\}/ms', file_get_contents($argv[2]), $blocks, PREG_SET_ORDER);
    foreach ($blocks as [, $ns, $body]) {
        $rests[] = "namespace $ns {\n" . preg_replace_callback('/^(?:    \/\*\*.*?\*\/\n)?(?:    #\[[^\n]*\n)*    (?:abstract |final )?(?:class|interface) (\w+)\b.*?^    \}\n/ms',
            function ($m) use ($ns, &$units) {
                $units[ltrim("$ns\\$m[1]", '\\')] = "namespace $ns {\n$m[0]}\n";
                return '';
            }, $body) . "}\n";
    }
    spl_autoload_register(function ($class) use ($units) {
        if (isset($units[$class])) {
            eval($units[$class]);
        }
    });
    foreach (array_keys($units) as $class) {
        class_exists($class) || interface_exists($class);
    }
    $aliases = [];
    foreach ($rests as $rest) {
        eval($rest); // constants, class aliases
        preg_match_all("/class_alias\('([\w\\\\]+)', '([\w\\\\]+)'\)/", $rest, $calls, PREG_SET_ORDER);
        foreach ($calls as [, $target, $alias]) {
            $aliases[strtolower($alias)] = (new ReflectionClass($alias))->getName();
        }
    }
    $shapes = ['classes' => [], 'constants' => get_defined_constants(true)['user'] ?? [], 'aliases' => $aliases];
    foreach (array_diff(array_merge(get_declared_classes(), get_declared_interfaces()), $before) as $class) {
        if (isset($aliases[strtolower($class)])) {
            continue;
        }
        $shapes['classes'][$class] = wm_ide_shape($class);
    }
    echo serialize($shapes);
    exit(0);
}

if (!extension_loaded('workerman')) {
    fwrite(STDERR, "load the workerman extension (-d extension=...)\n");
    exit(2);
}
$major = (int) Workerman\Worker::VERSION;
$root = dirname(__DIR__) . '/php-src-stubs';
$target = "$root/ide/workerman-$major.php";

/* Keeps the lines of the branch that holds under this profile. */
function wm_ide_resolve(string $text, int $major): string
{
    $out = [];
    $keep = [true];
    foreach (explode("\n", $text) as $line) {
        if (preg_match('/^#if WM_API == 5\s*$/', $line)) {
            $keep[] = end($keep) && $major === 5;
        } elseif (preg_match('/^#else\s*$/', $line)) {
            $top = array_pop($keep);
            $keep[] = end($keep) && !$top;
        } elseif (preg_match('/^#endif\s*$/', $line)) {
            array_pop($keep);
        } elseif (end($keep)) {
            $out[] = $line;
        }
    }
    return implode("\n", $out);
}

/* A constant's value as PHP source: var_export(), except that strings with control bytes
 * (HTTP replies) are written in double quotes, so the CR and LF survive indentation. */
function wm_ide_export(mixed $value): string
{
    if (is_string($value) && preg_match('/[\x00-\x1f\x7f]/', $value)) {
        return '"' . preg_replace_callback('/[\x00-\x1f\x7f"\\\\$]/', function ($m) {
            return ["\r" => '\r', "\n" => '\n', "\t" => '\t', '"' => '\"', '\\' => '\\\\', '$' => '\$'][$m[0]] ?? sprintf('\x%02x', ord($m[0]));
        }, $value) . '"';
    }
    return str_replace("\n", "\n        ", var_export($value, true));
}

/* What the stub text leaves to C, from the loaded class: the values of `UNKNOWN` constants
 * (gen_stub's @cvalue), the array constants and the properties declared in C. Returns the body. */
function wm_ide_c_members(string $class, string $body): string
{
    $add = '';
    $rc = new ReflectionClass($class);
    foreach ($rc->getReflectionConstants() as $const) {
        if ($const->getDeclaringClass()->getName() !== $rc->getName()) {
            continue;
        }
        $value = wm_ide_export($const->getValue());
        $body = preg_replace('/(const ' . $const->getName() . ' = )UNKNOWN;/', '${1}' . str_replace(['\\', '$'], ['\\\\', '\$'], $value) . ';', $body, 1, $known);
        if (!$known && !preg_match('/const\s+' . $const->getName() . '\b/', $body)) {
            $add .= "        /** Declared by the extension in C. */\n        public const {$const->getName()} = $value;\n";
        }
    }
    foreach ($rc->getProperties() as $prop) {
        if ($prop->getDeclaringClass()->getName() !== $rc->getName()
            || preg_match('/^\s*(?:public|protected|private)\b[^\n;]*\$' . $prop->getName() . '\b/m', $body)) {
            continue;
        }
        $modifiers = implode(' ', Reflection::getModifierNames($prop->getModifiers()));
        $type = $prop->hasType() ? ' ' . $prop->getType() : '';
        $default = !$prop->hasDefaultValue() ? '' : ' = ' . ($prop->getDefaultValue() === null ? 'null' : wm_ide_export($prop->getDefaultValue()));
        $doc = preg_match('/^on[A-Z]/', $prop->getName()) ? '@var callable|null' : 'Declared by the extension in C.';
        $add .= "        /** $doc */\n        $modifiers$type \${$prop->getName()}$default;\n";
    }
    return $add . $body;
}

/*
 * Types for the IDE where the stubs say `mixed` (arginfo needs no more) but Workerman documents
 * one: callback properties (on[A-Z]...) are callable|null, and these members have classes.
 */
$wm_ide_types = [
    'Workerman\Protocols\Http\Request' => [
        'session()' => $major === 5 ? '\Workerman\Protocols\Http\Session' : '\Workerman\Protocols\Http\Session|false',
        '$connection' => '\Workerman\Connection\TcpConnection|null',
        '$session' => '\Workerman\Protocols\Http\Session|null',
    ],
];
/* Dynamic properties of TcpConnection that the runtime reads, for its @property list:
 * the WebSocket server's and client's (Workerman 5.2.2 lists some of them the same way). */
$wm_ide_connection_properties = [
    'string $websocketType' => 'frame type of send(): Websocket::BINARY_TYPE_BLOB ("\x81", text) or BINARY_TYPE_ARRAYBUFFER ("\x82")',
    'callable|null $onWebSocketConnect' => 'websocket://: the upgrade request arrived (4.x: ($connection, $header), 5.x: ($connection, Request))',
    'callable|null $onWebSocketConnected' => '5.x: the 101 is on its way ($connection, Request)',
    'callable|null $onWebSocketClose' => 'a close frame arrived',
    'callable|null $onWebSocketPing' => 'a ping arrived ($connection, $data)',
    'callable|null $onWebSocketPong' => 'a pong arrived ($connection, $data)',
    'bool $permessageDeflate' => 'compress when the client offers permessage-deflate; set it on the Worker, in onConnect or in onWebSocketConnect',
    'string|null $websocketClientProtocol' => 'ws:// client: Sec-WebSocket-Protocol to ask for',
    'string|null $websocketOrigin' => 'ws:// client: Origin header',
    'int|float $websocketPingInterval' => 'ws:// client: seconds between pings (0: none)',
];

/* The class body with Workerman's types in place of `mixed`. */
function wm_ide_types(string $class, string $body, array $types): string
{
    $body = preg_replace('/\/\*\* @var mixed \*\/(\n\s+public (?:static )?\$on[A-Z]\w* = )/', '/** @var callable|null */$1', $body);
    foreach ($types[$class] ?? [] as $member => $type) {
        $property = $member[0] === '$';
        $pattern = $property
            ? '/\/\*\* @var mixed \*\/(\n\s+public (?:static )?' . preg_quote($member, '/') . '\b)/'
            : '/\/\*\* @return mixed \*\/(\n\s+public (?:static )?function ' . preg_quote(substr($member, 0, -2), '/') . '\()/';
        $body = preg_replace($pattern, '/** ' . ($property ? '@var' : '@return') . " $type */\$1", $body, 1, $count);
        if ($count !== 1) {
            fwrite(STDERR, "ide-stubs: $class::$member is not typed mixed in the stubs: update \$wm_ide_types\n");
            exit(2);
        }
    }
    return $body;
}

$files = glob("$root/*.stub.php");
sort($files);
$out = "<?php\n\n// IDE stubs of the workerman extension under API profile $major (Workerman " . Workerman\Worker::VERSION . ").\n"
    . "// Generated by scripts/ide-stubs.php from php-src-stubs/*.stub.php: do not edit.\n";
foreach ($files as $file) {
    $text = wm_ide_resolve(file_get_contents($file), $major);
    $text = preg_replace('/^<\?php\s*/', '', $text);
    $text = str_replace(" * @generate-class-entries\n", '', $text);
    // Add C-declared constants after each class's opening brace.
    $text = preg_replace_callback('/^namespace ([\w\\\\]*) \{(.*?)^\}/ms', function ($ns) use ($wm_ide_types) {
        return preg_replace_callback('/^(    (?:abstract |final )?(?:class|interface) (\w+)[^\n]*\n    \{\n)(.*?)^    \}/ms',
            function ($m) use ($ns, $wm_ide_types) {
                $class = ($ns[1] ? $ns[1] . '\\' : '') . $m[2];
                $body = wm_ide_types($class, $m[3], $wm_ide_types);
                return $m[1] . (class_exists($class) || interface_exists($class) ? wm_ide_c_members($class, $body) : $body) . '    }';
            }, $ns[0]);
    }, $text);
    // TcpConnection's @property list: the dynamic properties above, after the stub's own
    $text = preg_replace_callback('/(     \* @property [^\n]*\n)(     \*\/\n(?:    #\[[^\n]*\]\n)?    class TcpConnection\b)/',
        function ($m) use ($wm_ide_connection_properties) {
            $lines = '';
            foreach ($wm_ide_connection_properties as $property => $what) {
                $lines .= "     * @property $property $what\n";
            }
            return $m[1] . $lines . $m[2];
        }, $text);
    $out .= "\n// " . basename($file) . "\n" . rtrim($text) . "\n";
}
/* Class aliases made in C (zend_register_class_alias): the extension lists them lower-cased. */
$aliases = '';
foreach ((new ReflectionExtension('workerman'))->getClassNames() as $class) {
    $real = (new ReflectionClass($class))->getName();
    if (strcasecmp($real, $class) !== 0) {
        $aliases .= "    class_alias('$real', '" . ucwords($class, '\\') . "');\n";
    }
}
if ($aliases !== '') {
    $out .= "\n// aliases registered in C\nnamespace {\n$aliases}\n";
}

/* --compare: the committed stub declares what the loaded extension registers, member by member. */
if (in_array('--compare', $argv, true)) {
    $cmd = escapeshellarg(PHP_BINARY) . ' -n ' . escapeshellarg(__FILE__) . ' --dump ' . escapeshellarg($target);
    $stub = @unserialize((string) shell_exec($cmd));
    if (!is_array($stub)) {
        echo basename($target), " does not load without the extension\n";
        exit(1);
    }
    $registered = [];
    foreach ((new ReflectionExtension('workerman'))->getClassNames() as $class) {
        $real = (new ReflectionClass($class))->getName();
        if (strcasecmp($real, $class) === 0) {
            $registered[$class] = wm_ide_shape($class);
        } elseif (($stub['aliases'][strtolower($class)] ?? null) !== $real) {
            echo "$class: an alias of $real, not in the stub\n";
            $differences = ($differences ?? 0) + 1;
        }
    }
    $differences ??= 0;
    $constants = (new ReflectionExtension('workerman'))->getConstants();
    foreach (array_unique(array_merge(array_keys($constants), array_keys($stub['constants']))) as $name) {
        if (($constants[$name] ?? null) !== ($stub['constants'][$name] ?? null)) {
            echo "constant $name: ", var_export($constants[$name] ?? null, true), ", stub ", var_export($stub['constants'][$name] ?? null, true), "\n";
            $differences++;
        }
    }
    $stub = $stub['classes'];
    foreach (array_unique(array_merge(array_keys($registered), array_keys($stub))) as $class) {
        if (!isset($stub[$class]) || !isset($registered[$class])) {
            echo "$class: ", isset($stub[$class]) ? 'in the stub only' : 'registered, not in the stub', "\n";
            $differences++;
            continue;
        }
        foreach (['kind', 'parent', 'interfaces'] as $k) {
            if ($stub[$class][$k] !== $registered[$class][$k]) {
                echo "$class: $k ", json_encode($registered[$class][$k]), ", stub ", json_encode($stub[$class][$k]), "\n";
                $differences++;
            }
        }
        foreach (['constants', 'methods', 'properties'] as $k) {
            $a = $registered[$class][$k] ?? [];
            $b = $stub[$class][$k] ?? [];
            foreach (array_unique(array_merge(array_keys($a), array_keys($b))) as $member) {
                if (($a[$member] ?? null) !== ($b[$member] ?? null)) {
                    echo "$class $k $member: ", $a[$member] ?? '(not registered)', ", stub ", $b[$member] ?? '(missing)', "\n";
                    $differences++;
                }
            }
        }
    }
    echo basename($target), $differences ? " differs from the registered classes in $differences places\n" : " declares what the extension registers\n";
    exit($differences ? 1 : 0);
}
if (in_array('--check', $argv, true)) {
    if (!is_file($target) || file_get_contents($target) !== $out) {
        echo basename($target), " is out of date: run scripts/ide-stubs.php under workerman.api=$major\n";
        exit(1);
    }
    echo basename($target), " up to date\n";
    exit(0);
}
file_put_contents($target, $out);
echo "wrote $target\n";
