define internal void @"main.init"(ptr %context) #_ {
entry:
  br label %b0
b0:
  ret void
}

define internal void @"main.main"(ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr, ptr, ptr, ptr, [3 x ptr]}, align 8
  %t2 = alloca ptr, align 4
  %t5 = alloca ptr, align 4
  %t10 = alloca i32, align 4
  %t16 = alloca i32, align 4
  %t17 = alloca i32, align 4
  %t23 = alloca i32, align 4
  %t37 = alloca i32, align 4
  %t45 = alloca i32, align 4
  store {ptr, i32, ptr, ptr, ptr, ptr, [3 x ptr]} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, [3 x ptr]}, ptr %gcframe, i32 0, i32 2
  %gcslot.3 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, [3 x ptr]}, ptr %gcframe, i32 0, i32 3
  %gcslot.4 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, [3 x ptr]}, ptr %gcframe, i32 0, i32 4
  %gcslot.5 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, [3 x ptr]}, ptr %gcframe, i32 0, i32 5
  %gcslot.6 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, [3 x ptr]}, ptr %gcframe, i32 0, i32 6
  %t27 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, [3 x ptr]}, ptr %gcframe, i32 0, i32 6
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr, ptr, ptr, ptr, [3 x ptr]}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  br label %b0
b0:
  %t0 = call ptr @"runtime.chanMake"(i32 4, i32 3, ptr undef)
  store ptr zeroinitializer, ptr %t2
  store ptr %t0, ptr %t2
  store ptr %t0, ptr %gcslot.4
  %t3 = call ptr @"runtime.chanMake"(i32 4, i32 0, ptr undef)
  store ptr zeroinitializer, ptr %t5
  store ptr %t3, ptr %t5
  store ptr %t3, ptr %gcslot.5
  %t6 = load ptr, ptr %t2
  store ptr %t6, ptr %gcslot.2
  %t7 = load ptr, ptr %t5
  store ptr %t7, ptr %gcslot.3
  %.1 = call ptr @"runtime.alloc"(i32 16, ptr undef)
  store ptr @"main.main$go1", ptr %.1
  %.2 = getelementptr inbounds {ptr, i32, ptr, ptr}, ptr %.1, i32 0, i32 1
  store i32 2, ptr %.2
  %.3 = getelementptr inbounds {ptr, i32, ptr, ptr}, ptr %.1, i32 0, i32 2
  store ptr %t6, ptr %.3
  %.4 = getelementptr inbounds {ptr, i32, ptr, ptr}, ptr %.1, i32 0, i32 3
  store ptr %t7, ptr %.4
  call void @"runtime.spawn"(ptr %.1, ptr undef)
  store i32 zeroinitializer, ptr %t10
  store i32 1, ptr %t10
  br label %b1
b1:
  %t11 = load i32, ptr %t10
  %t12 = icmp sle i32 %t11, 3
  br i1 %t12, label %b10, label %b2
b2:
  %t13 = load ptr, ptr %t2
  call void @"runtime.chanClose"(ptr %t13, ptr undef)
  store i32 zeroinitializer, ptr %t16
  store i32 0, ptr %t16
  store i32 zeroinitializer, ptr %t17
  store i32 0, ptr %t17
  br label %b3
b3:
  %t18 = load i32, ptr %t17
  %t19 = icmp slt i32 %t18, 3
  br i1 %t19, label %b5, label %b4
b4:
  %t20 = load i32, ptr %t16
  call void @"runtime.printlock"(ptr undef)
  %.5 = sext i32 %t20 to i64
  call void @"runtime.printint"(i64 %.5, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
b5:
  %t22 = load ptr, ptr %t5
  store i32 zeroinitializer, ptr %t23
  %t26 = inttoptr i32 0 to ptr
  store [3 x ptr] zeroinitializer, ptr %t27
  %t28 = getelementptr inbounds [3 x ptr], ptr %t27, i32 0, i32 0
  store ptr %t22, ptr %t28
  %t29 = getelementptr inbounds [3 x ptr], ptr %t27, i32 0, i32 1
  store ptr %t23, ptr %t29
  %t30 = getelementptr inbounds [3 x ptr], ptr %t27, i32 0, i32 2
  store ptr %t26, ptr %t30
  %t32 = call {i32, i1} @"runtime.chanSelect"(ptr %t27, i32 1, i1 true, ptr undef)
  %t33 = extractvalue {i32, i1} %t32, 0
  %t34 = extractvalue {i32, i1} %t32, 1
  %t35 = icmp eq i32 %t33, 0
  br i1 %t35, label %b7, label %b6
b6:
  unreachable
b7:
  %t36 = load i32, ptr %t23
  store i32 zeroinitializer, ptr %t37
  store i32 %t36, ptr %t37
  %t38 = load i32, ptr %t16
  %t39 = load i32, ptr %t37
  %t40 = add i32 %t38, %t39
  store i32 %t40, ptr %t16
  br label %b8
b8:
  br label %b9
b9:
  %t41 = load i32, ptr %t17
  %t42 = add i32 %t41, 1
  store i32 %t42, ptr %t17
  br label %b3
b10:
  %t43 = load ptr, ptr %t2
  %t44 = load i32, ptr %t10
  store i32 zeroinitializer, ptr %t45
  store i32 %t44, ptr %t45
  call void @"runtime.chanSend"(ptr %t43, ptr %t45, ptr undef)
  br label %b11
b11:
  %t49 = load i32, ptr %t10
  %t50 = add i32 %t49, 1
  store i32 %t50, ptr %t10
  br label %b1
}

define internal void @"main.main$go1"(ptr %context) #_ {
entry:
  %.fva0 = getelementptr inbounds {ptr, i32, ptr, ptr}, ptr %context, i32 0, i32 1
  %.fv0 = load i32, ptr %.fva0
  %.fva1 = getelementptr inbounds {ptr, i32, ptr, ptr}, ptr %context, i32 0, i32 2
  %.fv1 = load ptr, ptr %.fva1
  %.fva2 = getelementptr inbounds {ptr, i32, ptr, ptr}, ptr %context, i32 0, i32 3
  %.fv2 = load ptr, ptr %.fva2
  br label %b0
b0:
  call void @"main.worker"(i32 %.fv0, ptr %.fv1, ptr %.fv2, ptr undef)
  ret void
}

define internal void @"main.worker"(i32 %p0, ptr %p1, ptr %p2, ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr, ptr, ptr}, align 8
  %t0 = alloca i32, align 4
  %t1 = alloca ptr, align 4
  %t2 = alloca ptr, align 4
  %t4 = alloca i32, align 4
  %t8 = alloca i32, align 4
  %t14 = alloca i32, align 4
  store {ptr, i32, ptr, ptr, ptr} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 2
  %gcslot.3 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 3
  %gcslot.4 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 4
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr, ptr, ptr}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  br label %b0
b0:
  store i32 zeroinitializer, ptr %t0
  store i32 %p0, ptr %t0
  store ptr zeroinitializer, ptr %t1
  store ptr %p1, ptr %t1
  store ptr zeroinitializer, ptr %t2
  store ptr %p2, ptr %t2
  store ptr %p2, ptr %gcslot.4
  %t3 = load ptr, ptr %t1
  store i32 zeroinitializer, ptr %t4
  store ptr %t3, ptr %gcslot.2
  store ptr %t4, ptr %gcslot.3
  br label %b1
b1:
  %t7 = call i1 @"runtime.chanRecv"(ptr %t3, ptr %t4, ptr undef)
  br i1 %t7, label %b3, label %b2
b2:
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
b3:
  store i32 zeroinitializer, ptr %t8
  %t9 = load i32, ptr %t4
  store i32 %t9, ptr %t8
  %t10 = load ptr, ptr %t2
  %t11 = load i32, ptr %t8
  %t12 = load i32, ptr %t0
  %t13 = mul i32 %t11, %t12
  store i32 zeroinitializer, ptr %t14
  store i32 %t13, ptr %t14
  call void @"runtime.chanSend"(ptr %t10, ptr %t14, ptr undef)
  br label %b1
}
