-- Who a queue call was transferred to (BLINDTRANSFER, ATTENDEDTRANSFER: Asterisk's extension / method data).
ALTER TABLE queue_event ADD COLUMN target VARCHAR(64);
