-- Failed sign-ins no longer lock an account (a stranger could lock anyone out); they are
-- throttled per client address instead. An admin locks an account by disabling it.
ALTER TABLE account DROP COLUMN failed_sign_ins;
ALTER TABLE account DROP COLUMN locked_until;
