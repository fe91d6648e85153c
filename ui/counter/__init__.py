"""The counter console (`kiosk counter --counter N`): the officer's window at a counter (loket)."""
