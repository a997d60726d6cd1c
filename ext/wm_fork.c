/* wm_fork.c: forking the workers into their id slots (API.md 1.4) and the child's side of
 * a fork: reseed, drop the master's loop, timers and other Workers, set the process title,
 * user and group, then the virtual $worker->run(). The process state it changes (status,
 * children, graceful flag) belongs to wm_master.c and is reached through its accessors. */
#include "wm_private.h"
#include "wm_master.h"
#include "wm_master_internal.h"
#include "wm_worker.h"
#include "wm_loop.h"
#include "wm_timer.h"
#include "wm_conn.h"
#include "wm_log.h"
#include "wm_metrics.h"

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

static bool wm_fork_one(wm_worker_obj *worker, uint32_t slot);

/* Fills every free slot of every Worker. Returns true in a new child, which has run
 * its worker to the end: the caller must return straight to runAll()'s caller. */
bool wm_fork_workers(void)
{
	HashTable workers;
	zend_hash_init(&workers, 4, NULL, NULL, 0);
	zend_hash_copy(&workers, wm_worker_registry(), NULL);
	bool in_child = false;
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(&workers, obj) {
		wm_worker_obj *worker = wm_worker_from_obj(obj);
		for (uint32_t slot = 0; slot < worker->slot_count && !in_child; slot++) {
			if (worker->slot_pids[slot] == 0) {
				in_child = wm_fork_one(worker, slot);
			}
		}
		if (in_child) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&workers);
	return in_child;
}

void wm_set_user_and_group(wm_worker_obj *worker)
{
	zend_string *user = zval_get_string(wm_worker_prop(worker, WM_WP_USER));
	struct passwd *pw = getpwnam(ZSTR_VAL(user));
	if (!pw) {
		wm_logf("Warning: User %s not exists", ZSTR_VAL(user));
		zend_string_release(user);
		return;
	}
	uid_t uid = pw->pw_uid;
	gid_t gid = pw->pw_gid;
	zval *group_prop = wm_worker_prop(worker, WM_WP_GROUP);
	if (zend_is_true(group_prop)) {
		zend_string *group = zval_get_string(group_prop);
		struct group *gr = getgrnam(ZSTR_VAL(group));
		if (!gr) {
			wm_logf("Warning: Group %s not exists", ZSTR_VAL(group));
			zend_string_release(group);
			zend_string_release(user);
			return;
		}
		gid = gr->gr_gid;
		zend_string_release(group);
	}
	if (uid != getuid() || gid != getgid()) {
		if (setgid(gid) != 0 || initgroups(pw->pw_name, gid) != 0 || setuid(uid) != 0) {
			wm_logf("Warning: change gid or uid fail.");
		}
	}
	zend_string_release(user);
}

/* 4.x logs `new Exception('event-loop exited')` when run() comes back without exiting. */
static void wm_child_loop_exited(void)
{
	zend_object *ex = zend_throw_exception(zend_ce_exception, "event-loop exited", 0);
	GC_ADDREF(ex);
	zend_clear_exception();
	zval exception;
	ZVAL_OBJ(&exception, ex);
	zend_string *text = zval_try_get_string(&exception);
	if (text) {
		wm_log(ZSTR_VAL(text), ZSTR_LEN(text));
		zend_string_release(text);
	}
	zend_clear_exception();
	zval_ptr_dtor(&exception);
	wm_begin_exit(250);
}

/* The child's side of a fork (API.md 1.4), ending in the virtual $worker->run(). */
static void wm_child_main(wm_worker_obj *worker, uint32_t slot, bool first_start)
{
	wm_call_php_function("srand", 0, NULL, false);
	wm_call_php_function("mt_srand", 0, NULL, false);
	wm_master_set_graceful(false);
	if (first_start && wm_reset_std() == FAILURE) {
		return;
	}
	wm_loop_forget_after_fork();
	wm_child_drop_master_state();
	wm_timer_forget_after_fork();
	wm_tmo_forget_after_fork();
	wm_conn_turn_forget_after_fork();
	wm_worker_keep_only(worker);
	wm_master_set_status(WM_STATUS_RUNNING);
	wm_register_check_errors();
	wm_master_error_hook_off();

	zend_string *title = wm_static_string("processTitle", sizeof("processTitle") - 1);
	zend_string *name = zval_get_string(wm_worker_prop(worker, WM_WP_NAME));
	zend_string *socket = wm_worker_get_socket_name(worker);
	wm_set_process_title("%s: worker process  %s %s", ZSTR_VAL(title), ZSTR_VAL(name), ZSTR_VAL(socket));
	zend_string_release(title);
	zend_string_release(name);
	zend_string_release(socket);

	wm_set_user_and_group(worker);
	zval *id = wm_worker_prop(worker, WM_WP_ID);
	zval_ptr_dtor(id);
	ZVAL_LONG(id, slot);
	if (zend_is_true(wm_worker_prop(worker, WM_WP_REUSEPORT)) && wm_worker_listen(worker) == FAILURE) {
		return;
	}
	/* Virtual: GatewayWorker's subclasses override run() and end in parent::run(). */
	zend_call_method_with_0_params(&worker->std, worker->std.ce, NULL, "run", NULL);
	if (!EG(exception)) {
		wm_child_loop_exited();
	}
}

static bool wm_fork_one(wm_worker_obj *worker, uint32_t slot)
{
	bool first_start = wm_master_status() == WM_STATUS_STARTING;
	fflush(stdout);
	int metrics_slot = wm_metrics_slot_claim();
	pid_t pid = fork();
	if (pid > 0) {
		wm_metrics_slot_forked(metrics_slot, pid, worker, slot);
		wm_child *child = emalloc(sizeof(wm_child));
		child->worker = worker;
		child->slot = slot;
		zend_hash_index_update_ptr(wm_master_children(), (zend_ulong)pid, child);
		worker->slot_pids[slot] = pid;
		return false;
	}
	if (pid < 0) {
		wm_logf("forkOneWorker fail");
		return false;
	}
	wm_metrics_child_attach(metrics_slot);
	wm_child_main(worker, slot, first_start);
	return true;
}
