<?php

/**
 * Workerman\Worker: a listening socket plus the processes that serve it.
 * @generate-class-entries
 */

namespace Workerman {

    #[\AllowDynamicProperties]
    class Worker
    {
#if WM_API == 5
        /** @var string */
        public const VERSION = "5.2.2";
        /* BUILD_IN_TRANSPORTS and ERROR_TYPE (arrays) are declared in C: gen_stub takes scalars only. */
#else
        /** @var string */
        public const VERSION = "4.2.1";
#endif
        /** @var int */
        public const STATUS_INITIAL = 0;
        /** @var int */
        public const STATUS_STARTING = 1;
        /** @var int */
        public const STATUS_RUNNING = 2;
        /** @var int */
        public const STATUS_SHUTDOWN = 4;
        /** @var int */
        public const STATUS_RELOADING = 8;
        /** @var int */
        public const DEFAULT_BACKLOG = 102400;
        /** @var int */
        public const UI_SAFE_LENGTH = 4;
        /** @var int */
        public const MAX_UDP_PACKAGE_SIZE = 65535;

        /** @var int */

        public $id = 0;
        /** @var string */
        public $name = 'none';
        /** @var int */
        public $count = 1;
        /** @var string */
        public $user = '';
        /** @var string */
        public $group = '';
        /** @var bool */
        public $reloadable = true;
        /** @var bool */
        public $reusePort = false;
        /** @var string */
        public $transport = 'tcp';
        /** @var mixed */
        public $protocol = null;
        /** @var array */
        public $connections = [];
        /** @var bool */
        public $stopping = false;
        /** @var mixed */
        public $onWorkerStart = null;
        /** @var mixed */
        public $onWorkerReload = null;
        /** @var mixed */
        public $onWorkerStop = null;
        /** @var mixed */
        public $onConnect = null;
        /** @var mixed */
        public $onMessage = null;
        /** @var mixed */
        public $onClose = null;
        /** @var mixed */
        public $onError = null;
        /** @var mixed */
        public $onBufferFull = null;
        /** @var mixed */
        public $onBufferDrain = null;
        /** @var mixed */
        public $onWebSocketConnect = null;
        /** @var mixed */
        public $onWebSocketConnected = null;
        /**
         * 5.x: the event-loop class of this worker (null: Worker::$eventLoopClass).
         * @var string|null
         */
        public $eventLoop = null;
        /**
         * Not in Workerman: recycle a worker process after this many requests (0: never).
         * @var int
         */
        public $maxRequests = 0;
        /**
         * Not in Workerman: a random 0..N added to maxRequests per process.
         * @var int
         */
        public $maxRequestsJitter = 0;
        /**
         * Not in Workerman: recycle a worker process once memory_get_usage() reaches this
         * (bytes, or a string such as '256M'; 0: never).
         * @var int|string
         */
        public $maxMemory = 0;

        /** @var bool */

        public static $daemonize = false;
        /** @var string */
        public static $stdoutFile = '/dev/null';
        /** @var string */
        public static $pidFile = '';
        /** @var string */
        public static $statusFile = '';
        /** @var string */
        public static $logFile = '';
        /** @var int */
        public static $logFileMaxSize = 10485760;
        /** @var mixed */
        public static $globalEvent = null;
        /** @var mixed */
        public static $onMasterReload = null;
        /** @var mixed */
        public static $onMasterStop = null;
        /* $onWorkerExit is declared in C: static in 5.x, an instance property in 4.x. */
        /**
         * '' in 4.x, null in 5.x (set in C).
         * @var string|null
         */
        public static $eventLoopClass = '';
        /** @var string */
        public static $processTitle = 'WorkerMan';
        /**
         * 5.x: where safeEcho() and log() write (null: stdout).
         * @var resource|null
         */
        public static $outputStream = null;
        /**
         * Not in Workerman: where the master serves Prometheus metrics, e.g.
         * 'http://127.0.0.1:9100' ('': off).
         * @var string
         */
        public static $metricsListen = '';
        /** @var int */
        public static $stopTimeout = 2;
        /** @var string */
        public static $command = '';

#if WM_API == 5
        public function __construct(?string $socketName = '', array $socketContext = []) {}
#else
        public function __construct(?string $socket_name = '', array $context_option = []) {}
#endif

        /** @return void */
        public static function runAll() {}

        /** @return void */
        public static function stopAll(int $code = 0, mixed $log = '') {}

#if WM_API == 5
        /** @return void */
        public function listen(bool $autoAccept = true) {}
#else
        /** @return void */
        public function listen() {}
#endif

        /** @return void */
        public function unlisten() {}

        /** @return void */
        public function pauseAccept() {}

        /** @return void */
        public function resumeAccept() {}

        /** @return void */
        public function run() {}

#if WM_API == 5
        /** @return void */
        public function stop(bool $force = true) {}
#else
        /** @return void */
        public function stop() {}
#endif

        /** @return string */
        public function getSocketName() {}

        /** @return mixed */
        public function getMainSocket() {}

        /** @return void */
        public function setUserAndGroup() {}

        /** @return array */
        public static function getAllWorkers() {}

        /** @return mixed */
        public static function getEventLoop() {}

        /** @return int */
        public static function getStatus() {}

        /** @return bool */
        public static function getGracefulStop() {}

#if WM_API == 5
        /** @return void */
        public static function log(mixed $msg, bool $decorated = false) {}
#else
        /** @return void */
        public static function log(mixed $msg) {}
#endif

        /** @return bool */
        public static function safeEcho(mixed $msg, bool $decorated = false) {}

        /** @return void */
        public static function resetStd() {}

#if WM_API == 5
        /** @return array */
        public static function getArgv() {}

        /** @return bool */
        public static function isRunning() {}
#else
        /**
         * [4] Accepts one pending connection on $socket (a listening stream or fd; the
         * Worker's own listener as a rule) and serves it as this Worker's.
         * @return void
         */
        public function acceptConnection(mixed $socket) {}

        /**
         * [4] Receives one datagram on $socket and dispatches it as this udp Worker's.
         * @return bool
         */
        public function acceptUdpConnection(mixed $socket) {}

        /**
         * [4] 4.2.1's Windows entry: initWorkers, the start UI, status RELOADING.
         * @return void
         */
        public static function reloadAllWorkers() {}

        /**
         * [4] Does what this process (master or worker) does on receiving $signal.
         * @return void
         */
        public static function signalHandler(mixed $signal) {}

        /**
         * [4] The master forgets children that no longer exist.
         * @return void
         */
        public static function checkIfChildRunning() {}
#endif

        /** @return void */
        public static function checkErrors() {}
    }
}
